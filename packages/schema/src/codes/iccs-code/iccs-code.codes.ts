import { type CodeOf, defineCodeList } from "../define-code-list.js";

/** ICCS v1.0 (UNODC, 2015) codes relevant to trafficking cases; one case can carry several. */
export const iccsCode = defineCodeList("iccs_code", {
  "0204": { iccs: ["0204"] },
  "02041": { iccs: ["02041"] },
  "02042": { iccs: ["02042"] },
  "02043": { iccs: ["02043"] },
  "02044": { iccs: ["02044"] },
  "0203": { iccs: ["0203"] },
  "020321": { iccs: ["020321"] },
  "0302": { iccs: ["0302"] },
  "03022": { iccs: ["03022"] },
  "030221": { iccs: ["030221"] },
  "030222": { iccs: ["030222"] },
  "08051": { iccs: ["08051"] },
  "020221": { iccs: ["020221"] },
  "020291": { iccs: ["020291"] },
  "07041": { iccs: ["07041"] },
});

/** A code of the `iccs_code` list. */
export type IccsCode = CodeOf<typeof iccsCode>;
