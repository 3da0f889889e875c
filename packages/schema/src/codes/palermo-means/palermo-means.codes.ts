import { type CodeOf, defineCodeList } from "../define-code-list.js";

/** Means of trafficking under the Palermo Protocol, Art. 3(a); a child victim needs none (Art. 3(c)). */
export const palermoMeans = defineCodeList("palermo_means", {
  threat_of_force: {},
  use_of_force: {},
  other_coercion: {},
  abduction: { ctdc: ["isAbduction"] },
  fraud: {},
  deception: {},
  abuse_of_power: {},
  abuse_of_vulnerability: {},
  payments_to_controller: {},
});

/** A code of the `palermo_means` list. */
export type PalermoMeansCode = CodeOf<typeof palermoMeans>;
