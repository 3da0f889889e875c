import type { CodeTexts } from "../define-code-list.js";
import type { aggregateBreakdown } from "./aggregate-breakdown.codes.js";

export const aggregateBreakdownEn = {
  total: { label: "Total", definition: "The figure is not broken down by a category." },
  exploitation_form: {
    label: "By form of exploitation",
    definition: "The figure counts one form of exploitation.",
  },
  citizenship: { label: "By citizenship", definition: "The figure counts persons of one citizenship." },
  country_of_repatriation: {
    label: "By country of repatriation",
    definition: "The figure counts victims repatriated to or from one country.",
  },
} as const satisfies CodeTexts<typeof aggregateBreakdown>;
