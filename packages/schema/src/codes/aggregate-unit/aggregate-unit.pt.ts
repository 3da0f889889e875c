import type { CodeTexts } from "../define-code-list.js";
import type { aggregateUnit } from "./aggregate-unit.codes.js";

export const aggregateUnitPt = {
  count: { label: "Número", definition: "Um número de pessoas ou de crimes." },
  rate_per_100000: {
    label: "Taxa por 100 000 habitantes",
    definition: "Um número de pessoas ou de crimes por 100 000 habitantes.",
  },
} as const satisfies CodeTexts<typeof aggregateUnit>;
