import { defineCodeList } from "../define-code-list.js";

/** Assessed level of risk, for example to a person's safety before return. */
export const riskLevel = defineCodeList("risk_level", {
  low: {},
  medium: {},
  high: {},
  unknown: {},
});
