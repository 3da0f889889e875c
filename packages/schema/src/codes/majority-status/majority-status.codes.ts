import { type CodeOf, defineCodeList } from "../define-code-list.js";

/** Child (under 18) or adult, as Palermo Art. 3(d) and GLOTIP count them (CTDC `majorityStatus*` columns). */
export const majorityStatus = defineCodeList("majority_status", {
  child: { ctdc: ["Minor"], glotip: ["child"] },
  adult: { ctdc: ["Adult"], glotip: ["adult"] },
  unknown: { ctdc: ["-99"] },
});

/** A code of the `majority_status` list. */
export type MajorityStatusCode = CodeOf<typeof majorityStatus>;
