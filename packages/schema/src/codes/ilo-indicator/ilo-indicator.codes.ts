import { type CodeOf, defineCodeList } from "../define-code-list.js";

/** The ILO's 11 indicators of forced labour, used to identify victims. */
export const iloIndicator = defineCodeList("ilo_indicator", {
  abuse_of_vulnerability: {},
  deception: {},
  restriction_of_movement: {},
  isolation: {},
  physical_and_sexual_violence: {},
  intimidation_and_threats: {},
  retention_of_identity_documents: {},
  withholding_of_wages: {},
  debt_bondage: {},
  abusive_working_and_living_conditions: {},
  excessive_overtime: {},
});

/** A code of the `ilo_indicator` list. */
export type IloIndicatorCode = CodeOf<typeof iloIndicator>;
