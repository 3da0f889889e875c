import { defineCodeList } from "../define-code-list.js";

/** Traffic Light Protocol 2.0 (FIRST) labels: how far shared information may be passed on. Codes are the standard's own spellings. */
export const tlp = defineCodeList("tlp", {
  RED: {},
  "AMBER+STRICT": {},
  AMBER: {},
  GREEN: {},
  CLEAR: {},
});
