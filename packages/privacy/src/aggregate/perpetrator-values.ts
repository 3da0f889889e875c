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

/** The dimensions a perpetrator's proceedings decide (its own, else its case's), and nothing else does. */
export const PROCEEDINGS_DIMENSIONS: readonly Dimension[] = ["stage", "year"];

/** The fields of proceedings the statistics read. */
export const PROCEEDINGS_FIELDS = ["stage", "verdict", "prosecutionStartedOn", "verdictDate"] as const;

/**
 * The part of proceedings the statistics read, so that a case's proceedings can be kept while its perpetrators
 * are counted without keeping the rest (notes, courts...). A value that is not a string, number or boolean is
 * kept as `null`: it is no code and no date, but it is there.
 */
export function proceedingsSummary(proceedings: Raw): Raw {
  const summary: Raw = {};
  for (const field of PROCEEDINGS_FIELDS) {
    const value = proceedings[field];
    if (value === undefined) continue;
    summary[field] =
      value === null || typeof value === "object" || typeof value === "function" ? null : value;
  }
  return summary;
}

/**
 * A perpetrator's values on a dimension of `PROCEEDINGS_DIMENSIONS`, from its own proceedings, else its case's
 * (then derived `from_case_proceedings`), else none.
 */
export function classifyProceedings(
  dimension: Dimension,
  own: Raw | undefined,
  caseProceedings: Raw | undefined,
): Classified {
  const proceedings = own ?? caseProceedings ?? {};
  if (dimension === "stage") {
    const reached = stagesReached(proceedings);
    const derived =
      own === undefined && caseProceedings !== undefined ? { derived: "from_case_proceedings" as const } : {};
    return { values: reached.length > 0 ? reached : [NO_STAGE], ...derived };
  }
  if (dimension === "year") {
    const year = yearOf(proceedings.verdictDate) ?? yearOf(proceedings.prosecutionStartedOn);
    return year === undefined ? { values: [UNKNOWN], reason: "not_recorded" } : { values: [year] };
  }
  return { values: [UNKNOWN], reason: "not_recorded" };
}

/** A perpetrator's own proceedings, when it has some. */
export function ownProceedings(perpetrator: Raw): Raw | undefined {
  return isPlainObject(perpetrator.proceedings) ? perpetrator.proceedings : undefined;
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
  if (PROCEEDINGS_DIMENSIONS.includes(dimension))
    return classifyProceedings(dimension, ownProceedings(perpetrator), caseProceedings);
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
    case "citizenship":
      return citizenshipOf(perpetrator);
    default:
      return { values: [UNKNOWN], reason: "not_recorded" };
  }
}

/** The values of a perpetrator on a dimension (see `classifyPerpetrator`). */
export function perpetratorValues(perpetrator: Raw, dimension: Dimension, caseProceedings?: Raw): string[] {
  return classifyPerpetrator(perpetrator, dimension, caseProceedings).values;
}
