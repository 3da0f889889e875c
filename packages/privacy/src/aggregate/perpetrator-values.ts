import { CODE_LISTS } from "@tip/schema";
import { isPlainObject } from "../model/record-object.js";
import { type Dimension, UNKNOWN } from "./dimensions.js";
import { GLOTIP_STAGES, glotipGroupOf, stageIndexOf } from "./glotip-categories.js";
import { ageGroupOf, citizenshipOf, codeOr, yearOf } from "./victim-values.js";

type Raw = Record<string, unknown>;

/** The value given to a perpetrator who reached none of GLOTIP's criminal-justice categories. */
export const NO_STAGE = "none";

/**
 * The GLOTIP criminal-justice categories a person reached, cumulatively (a convicted person was also prosecuted
 * and in formal contact). Convicted: a stage or verdict whose glotip mapping is `convicted`. Prosecuted: that,
 * or a prosecution date, a verdict, or a stage at or after the `prosecuted` one in the stage list's process
 * order (on trial, acquitted). Formal contact: any of those, or a stage at or after the `formal_contact` one.
 */
export function stagesReached(proceedings: Raw): string[] {
  const stages = CODE_LISTS.criminal_justice_stage;
  const verdicts = CODE_LISTS.verdict;
  const stage = stages.has(proceedings.stage) ? proceedings.stage : undefined;
  const index = stage === undefined ? -1 : stages.codes.indexOf(stage);
  const glotipOf = (mapped?: { glotip?: readonly string[] }) => mapped?.glotip?.[0];
  const categories = new Set([
    glotipOf(stage === undefined ? undefined : stages.mappings[stage]),
    glotipOf(verdicts.has(proceedings.verdict) ? verdicts.mappings[proceedings.verdict] : undefined),
  ]);
  const atOrAfter = (category: string) => stageIndexOf(category) >= 0 && index >= stageIndexOf(category);
  const convicted = categories.has("convicted");
  const prosecuted =
    convicted ||
    atOrAfter("prosecuted") ||
    proceedings.prosecutionStartedOn !== undefined ||
    verdicts.has(proceedings.verdict);
  const reached = { formal_contact: prosecuted || atOrAfter("formal_contact"), prosecuted, convicted };
  return GLOTIP_STAGES.filter((category) => reached[category as keyof typeof reached] === true);
}

/** The values of a perpetrator on a dimension; on `stage`, one per GLOTIP category reached. */
export function perpetratorValues(perpetrator: Raw, dimension: Dimension): string[] {
  const proceedings = isPlainObject(perpetrator.proceedings) ? perpetrator.proceedings : {};
  switch (dimension) {
    case "sex":
      return [codeOr(CODE_LISTS.sex, perpetrator.sex)];
    case "age_group":
      return [ageGroupOf(undefined, perpetrator.age)];
    case "glotip_group":
      return [
        glotipGroupOf(codeOr(CODE_LISTS.sex, perpetrator.sex), ageGroupOf(undefined, perpetrator.age)) ??
          UNKNOWN,
      ];
    case "stage": {
      const reached = stagesReached(proceedings);
      return reached.length > 0 ? reached : [NO_STAGE];
    }
    case "citizenship":
      return [citizenshipOf(perpetrator)];
    case "year":
      return [yearOf(proceedings.verdictDate) ?? yearOf(proceedings.prosecutionStartedOn) ?? UNKNOWN];
    default:
      return [UNKNOWN];
  }
}
