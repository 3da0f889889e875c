import { defineCodeList } from "../define-code-list.js";

/** Degree of organised-crime involvement in a trafficking case. */
export const organisedCrimeInvolvement = defineCodeList("organised_crime_involvement", {
  none: {},
  individual: {},
  organised_criminal_group: {},
  transnational_network: {},
  unknown: {},
});
