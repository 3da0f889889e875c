import type { CodeTexts } from "../define-code-list.js";
import type { aggregateUnit } from "./aggregate-unit.codes.js";

export const aggregateUnitEs = {
  count: { label: "Número", definition: "Un número de personas o de delitos." },
  rate_per_100000: {
    label: "Tasa por 100 000 habitantes",
    definition: "Un número de personas o de delitos por cada 100 000 habitantes.",
  },
} as const satisfies CodeTexts<typeof aggregateUnit>;
