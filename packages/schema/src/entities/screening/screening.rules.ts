import { defineRule } from "../../rules/define-rule.js";
import type { Screening } from "./screening.schema.js";

export const presumedVictimWithoutIndicators = defineRule({
  code: "presumed_victim_without_indicators",
  recordType: "screening",
  severity: "warning",
  clause:
    "ILO–EC operational indicators of trafficking (2009): a person is presumed a victim from the indicators found",
  fields: ["screening.outcome", "screening.indicators"],
  check(screening: Screening, found) {
    if (screening.outcome === "presumed_victim" && (screening.indicators?.length ?? 0) === 0)
      found.push({ path: ["outcome"], params: { field: "screening.indicators" } });
  },
});

export const screeningIndicatorRepeated = defineRule({
  code: "screening_indicator_repeated",
  recordType: "screening",
  severity: "error",
  clause: "Each indicator is found once in a screening, with one strength",
  fields: ["screeningIndicator.indicator"],
  check(screening: Screening, found) {
    const indicators = screening.indicators ?? [];
    for (let index = 1; index < indicators.length; index++) {
      const code = indicators[index]?.indicator;
      for (let earlier = 0; earlier < index; earlier++) {
        if (indicators[earlier]?.indicator === code) {
          found.push({
            path: ["indicators", index, "indicator"],
            params: { field: "screeningIndicator.indicator" },
          });
          break;
        }
      }
    }
  },
});

export const toolNameMissing = defineRule({
  code: "screening_tool_name_missing",
  recordType: "screening",
  severity: "warning",
  clause: "A screening tool not in the list is named, so the screening can be repeated and compared",
  fields: ["screening.tool", "screening.toolName"],
  check(screening: Screening, found) {
    if (screening.tool === "other" && screening.toolName === undefined)
      found.push({ path: ["tool"], params: { field: "screening.toolName" } });
  },
});

/** Every cross-field rule of a screening record. */
export const screeningRules = [
  presumedVictimWithoutIndicators,
  screeningIndicatorRepeated,
  toolNameMissing,
] as const;
