import type { CodeTexts } from "../define-code-list.js";
import type { palermoMeans } from "./palermo-means.codes.js";

export const palermoMeansEn = {
  threat_of_force: {
    label: "Threat of force",
    definition: "Threatening violence against the victim or another person to obtain compliance.",
  },
  use_of_force: {
    label: "Use of force",
    definition: "Physical violence or restraint actually used against the victim.",
  },
  other_coercion: {
    label: "Other forms of coercion",
    definition: "Pressure other than force, such as psychological pressure or threats about legal status.",
  },
  abduction: { label: "Abduction", definition: "Taking or carrying a person away against their will." },
  fraud: {
    label: "Fraud",
    definition:
      "Dishonest schemes, such as false contracts or documents, that draw the victim into exploitation.",
  },
  deception: {
    label: "Deception",
    definition: "Misleading the victim about the work, conditions, pay, destination or purpose.",
  },
  abuse_of_power: {
    label: "Abuse of power",
    definition:
      "Misusing authority over the victim, such as that of an employer, official, guardian or community leader.",
  },
  abuse_of_vulnerability: {
    label: "Abuse of a position of vulnerability",
    definition:
      "Taking advantage of a situation in which the person has no real or acceptable alternative but to submit.",
  },
  payments_to_controller: {
    label: "Payments to a person in control",
    definition:
      "Giving or receiving payments or benefits to obtain the consent of someone who has control over the victim.",
  },
} as const satisfies CodeTexts<typeof palermoMeans>;
