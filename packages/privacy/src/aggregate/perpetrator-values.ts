import { CODE_LISTS } from "@tip/schema";
import { isPlainObject } from "../model/record-object.js";
import type { Classified } from "./classification.js";
import { type Dimension, UNKNOWN } from "./dimensions.js";
import { GLOTIP_STAGES, stageIndexOf } from "./glotip-categories.js";
import { ageGroupOf, citizenshipOf, glotipGroupClassified, sexOf, yearOf } from "./victim-values.js";

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

/**
 * A perpetrator's values on a dimension, and why it has none; on `stage`, one per GLOTIP category reached. A
 * perpetrator without proceedings of its own takes those of its case (`caseProceedings`), as a case records
 * the proceedings against all its suspects.
 */
export function classifyPerpetrator(
  perpetrator: Raw,
  dimension: Dimension,
  caseProceedings?: Raw,
): Classified {
  const own = isPlainObject(perpetrator.proceedings) ? perpetrator.proceedings : undefined;
  const proceedings = own ?? caseProceedings ?? {};
  const age: Classified =
    typeof perpetrator.age === "number" && ageGroupOf(undefined, perpetrator.age) !== UNKNOWN
      ? { values: [ageGroupOf(undefined, perpetrator.age)] }
      : { values: [UNKNOWN], reason: perpetrator.age === undefined ? "not_recorded" : "not_a_code" };
  switch (dimension) {
    case "sex":
      return sexOf(perpetrator);
    case "age_group":
      return age;
    case "glotip_group":
      return glotipGroupClassified(sexOf(perpetrator), age);
    case "stage": {
      const reached = stagesReached(proceedings);
      const derived =
        own === undefined && caseProceedings !== undefined
          ? { derived: "from_case_proceedings" as const }
          : {};
      return { values: reached.length > 0 ? reached : [NO_STAGE], ...derived };
    }
    case "citizenship":
      return citizenshipOf(perpetrator);
    case "year": {
      const year = yearOf(proceedings.verdictDate) ?? yearOf(proceedings.prosecutionStartedOn);
      return year === undefined ? { values: [UNKNOWN], reason: "not_recorded" } : { values: [year] };
    }
    default:
      return { values: [UNKNOWN], reason: "not_recorded" };
  }
}

/** The values of a perpetrator on a dimension (see `classifyPerpetrator`). */
export function perpetratorValues(perpetrator: Raw, dimension: Dimension, caseProceedings?: Raw): string[] {
  return classifyPerpetrator(perpetrator, dimension, caseProceedings).values;
}
