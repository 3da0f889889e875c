import type { CodeTexts } from "../define-code-list.js";
import type { iloIndicator } from "./ilo-indicator.codes.js";

export const iloIndicatorEn = {
  abuse_of_vulnerability: {
    label: "Abuse of vulnerability",
    definition:
      "The employer takes advantage of the worker's weak position, such as lack of language, legal status or alternatives.",
  },
  deception: {
    label: "Deception",
    definition: "The worker was misled about the nature or conditions of the work.",
  },
  restriction_of_movement: {
    label: "Restriction of movement",
    definition: "The worker is confined to, or cannot freely leave, the workplace or living quarters.",
  },
  isolation: {
    label: "Isolation",
    definition:
      "The worker is cut off from the outside world, in a remote place or without means of contact.",
  },
  physical_and_sexual_violence: {
    label: "Physical and sexual violence",
    definition: "The worker or their family suffers physical or sexual violence.",
  },
  intimidation_and_threats: {
    label: "Intimidation and threats",
    definition:
      "The worker is threatened, for example with violence, denunciation, deportation or loss of pay.",
  },
  retention_of_identity_documents: {
    label: "Retention of identity documents",
    definition: "The employer keeps the worker's identity documents so that the worker cannot leave.",
  },
  withholding_of_wages: {
    label: "Withholding of wages",
    definition: "Wages are held back, deferred or not paid, to keep the worker in the job.",
  },
  debt_bondage: {
    label: "Debt bondage",
    definition:
      "The worker must work off a debt, often from recruitment fees or advances, that keeps growing or cannot be repaid.",
  },
  abusive_working_and_living_conditions: {
    label: "Abusive working and living conditions",
    definition: "Degrading, hazardous or unsanitary conditions at work or in the housing provided.",
  },
  excessive_overtime: {
    label: "Excessive overtime",
    definition: "Working hours or days far beyond legal limits, often with no way to refuse.",
  },
} as const satisfies CodeTexts<typeof iloIndicator>;
