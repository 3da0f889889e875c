import { CODE_LISTS } from "@tip/schema";
import { type Dimension, UNKNOWN } from "./dimensions.js";
import { GLOTIP_FORMS, GLOTIP_GROUPS, GLOTIP_STAGES } from "./glotip-categories.js";

/** The levels a dimension always shows, in order; open dimensions (countries, years) show what occurs. */
export function fixedLevels(dimension: Dimension): readonly string[] {
  switch (dimension) {
    case "sex":
      return CODE_LISTS.sex.codes;
    case "age_group":
      return CODE_LISTS.majority_status.codes;
    case "glotip_group":
      return GLOTIP_GROUPS;
    case "exploitation":
      return CODE_LISTS.exploitation_form.codes;
    case "glotip_form":
      return GLOTIP_FORMS;
    case "stage":
      return GLOTIP_STAGES;
    case "channel":
      return CODE_LISTS.helpline_channel.codes;
    case "outcome":
      return CODE_LISTS.helpline_outcome.codes;
    case "compensation_source":
      return CODE_LISTS.compensation_source.codes;
    default:
      return [];
  }
}

/** The fixed levels followed by the other values seen, sorted (`unknown` last). */
export function levelsOf(dimension: Dimension, seen: ReadonlySet<string>): string[] {
  const fixed = fixedLevels(dimension);
  const extra = [...seen].filter((value) => !fixed.includes(value));
  extra.sort((a, b) => (a === UNKNOWN ? 1 : b === UNKNOWN ? -1 : a.localeCompare(b)));
  return [...fixed, ...extra];
}
