import type { PalermoMeansCode } from "../palermo-means/palermo-means.codes.js";
import type { MeansOfControlCode } from "./means-of-control.codes.js";

/**
 * The Palermo Art. 3(a) means that an operational means of control is, by its plain meaning, an instance of.
 * Empty where the legal qualification depends on the facts of the case (e.g. debt bondage, withheld wages or
 * documents, which may be coercion or abuse of vulnerability): a reviewer then decides, not this table.
 * An entry is evidence for the listed means, never proof that all elements of the offence are met.
 */
export const meansOfControlToPalermo: Readonly<Record<MeansOfControlCode, readonly PalermoMeansCode[]>> = {
  debt_bondage: [],
  takes_earnings: [],
  restricts_financial_access: [],
  threats: ["threat_of_force"],
  threats_to_family: ["other_coercion"],
  psychological_abuse: ["other_coercion"],
  physical_abuse: ["use_of_force"],
  sexual_abuse: ["use_of_force"],
  false_promises: ["deception"],
  psychoactive_substances: [],
  restricts_movement: ["other_coercion"],
  restricts_medical_care: [],
  excessive_working_hours: [],
  uses_children: ["other_coercion"],
  threat_of_law_enforcement: ["other_coercion"],
  withholds_necessities: [],
  withholds_documents: [],
  other: [],
};
