import { type CodeOf, defineCodeList } from "../define-code-list.js";

/**
 * ICCS v1.0 (UNODC, International Classification of Crime for Statistical Purposes, March 2015) codes relevant
 * to trafficking cases; one case can carry several (`iccsCodes`, `relatedOffences`, `charges`).
 *
 * Source of each code: the ICCS v1.0 document (UNODC, 2015) as quoted by the OAS glossary of security terms,
 * which cites its pages: 020221 kidnapping, 020222 illegal restraint (p. 39), whose exclusions name 020291
 * illegal adoption and 020292 forced marriage (acts against liberty, p. 39); and by Eurostat's ICCS-coded crime
 * statistics: 020221, 07041 money laundering, 09051 participation in an organized criminal group. Codes kept
 * from the first release, not checked again against the published text: 0203, 020321, 0204 and its subcodes
 * 02041-02044, 0302, 03022, 030221, 030222, 08051. Not verified, so not listed: a parent code for acts related
 * to an organized criminal group, and which 0204 subcode ICCS gives trafficking for forced marriage or
 * illegal adoption.
 */
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
  "020292": { iccs: ["020292"] },
  "07041": { iccs: ["07041"] },
  "09051": { iccs: ["09051"] },
});

/** A code of the `iccs_code` list. */
export type IccsCode = CodeOf<typeof iccsCode>;
