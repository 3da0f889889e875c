import type { CodeTexts } from "../define-code-list.js";
import type { protectionMeasureKind } from "./protection-measure-kind.codes.js";

export const protectionMeasureKindEn = {
  compensation: {
    label: "Compensation",
    definition:
      "Money awarded to the victim for the harm suffered, by a court, a state fund or a settlement.",
  },
  restitution: {
    label: "Restitution",
    definition: "Return to the victim of what was taken, such as unpaid wages, ordered against the offender.",
  },
  residence_permit: {
    label: "Residence permit",
    definition: "Permission for the victim to stay in the country, temporarily or permanently.",
  },
  reflection_period: {
    label: "Reflection period",
    definition:
      "A period in which the victim may stay, recover and decide whether to cooperate with the authorities.",
  },
  return_reintegration: {
    label: "Return and reintegration",
    definition: "A return to the country of origin and the follow-up of the person's reintegration.",
  },
  non_punishment: {
    label: "Non-punishment",
    definition:
      "How a victim prosecuted for an offence committed as a result of being trafficked was treated.",
  },
} as const satisfies CodeTexts<typeof protectionMeasureKind>;
