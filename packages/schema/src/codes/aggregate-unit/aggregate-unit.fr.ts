import type { CodeTexts } from "../define-code-list.js";
import type { aggregateUnit } from "./aggregate-unit.codes.js";

export const aggregateUnitFr = {
  count: { label: "Nombre", definition: "Un nombre de personnes ou d'infractions." },
  rate_per_100000: {
    label: "Taux pour 100 000 habitants",
    definition: "Un nombre de personnes ou d'infractions pour 100 000 habitants.",
  },
} as const satisfies CodeTexts<typeof aggregateUnit>;
