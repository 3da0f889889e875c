import { defineCodeList } from "../define-code-list.js";

/** Outcome of criminal proceedings against a defendant. */
export const verdict = defineCodeList("verdict", {
  convicted: { glotip: ["convicted"] },
  acquitted: {},
  dismissed: {},
  pending: {},
  plea_agreement: {},
});
