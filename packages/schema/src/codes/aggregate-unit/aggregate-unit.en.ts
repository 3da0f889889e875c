import type { CodeTexts } from "../define-code-list.js";
import type { aggregateUnit } from "./aggregate-unit.codes.js";

export const aggregateUnitEn = {
  count: { label: "Count", definition: "A number of persons or offences." },
  rate_per_100000: {
    label: "Rate per 100,000 population",
    definition: "A number of persons or offences per 100,000 inhabitants.",
  },
} as const satisfies CodeTexts<typeof aggregateUnit>;
