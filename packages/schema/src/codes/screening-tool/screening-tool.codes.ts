import { type CodeOf, defineCodeList } from "../define-code-list.js";

/** The tool an indicator-based screening used. */
export const screeningTool = defineCodeList("screening_tool", {
  ilo_forced_labour_indicators: {},
  ilo_ec_operational_indicators: {},
  iom_screening_form: {},
  national_tool: {},
  other: {},
});

/** A code of the `screening_tool` list. */
export type ScreeningToolCode = CodeOf<typeof screeningTool>;
