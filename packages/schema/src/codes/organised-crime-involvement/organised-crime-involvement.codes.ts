import { defineCodeList } from "../define-code-list.js";

/**
 * Degree of organised-crime involvement in a trafficking case. An organized criminal group is the one of the UN
 * Convention against Transnational Organized Crime, Art. 2(a), the definition ICCS v1.0 uses. ICCS classifies
 * an offence committed through such a group as that offence and records the link to the group in its
 * "situational context" disaggregation, which is what this list holds; taking part in the group is an offence
 * of its own, ICCS 09051 (in the `iccs_code` list, for `relatedOffences` and charges).
 */
export const organisedCrimeInvolvement = defineCodeList("organised_crime_involvement", {
  none: {},
  individual: {},
  organised_criminal_group: {},
  transnational_network: {},
  unknown: {},
});
