import { CODE_LISTS } from "@tip/schema";

/** GLOTIP's four groups of persons: adult women, girls, adult men, boys. */
export const GLOTIP_GROUPS = ["women", "girls", "men", "boys"] as const;

/** A GLOTIP group of persons. */
export type GlotipGroup = (typeof GLOTIP_GROUPS)[number];

/** GLOTIP's group of a person from sex and child / adult; undefined when either is not known. */
export function glotipGroupOf(sex: string, ageGroup: string): GlotipGroup | undefined {
  const child = ageGroup === "child" ? true : ageGroup === "adult" ? false : undefined;
  if (child === undefined) return undefined;
  if (sex === "female") return child ? "girls" : "women";
  if (sex === "male") return child ? "boys" : "men";
  return undefined;
}

/** GLOTIP's catch-all form, where forms without a GLOTIP category of their own are counted. */
export const GLOTIP_OTHER_FORM = "mixed_other";

const formList = CODE_LISTS.exploitation_form;

/** GLOTIP forms of exploitation, in the order of the exploitation_form code list (from its glotip mappings). */
export const GLOTIP_FORMS: readonly string[] = [
  ...new Set([...formList.codes.flatMap((code) => formList.mappings[code].glotip ?? []), GLOTIP_OTHER_FORM]),
].sort((a, b) => (a === GLOTIP_OTHER_FORM ? 1 : b === GLOTIP_OTHER_FORM ? -1 : 0));

/** The GLOTIP form of a code of the exploitation_form list; codes GLOTIP has no category for go to mixed/other. */
export function glotipFormOf(code: string): string {
  return formList.has(code) ? (formList.mappings[code].glotip?.[0] ?? GLOTIP_OTHER_FORM) : GLOTIP_OTHER_FORM;
}

const stageList = CODE_LISTS.criminal_justice_stage;

/** GLOTIP's criminal-justice categories (formal contact, prosecuted, convicted), from the stage list's mappings. */
export const GLOTIP_STAGES: readonly string[] = stageList.codes.flatMap(
  (code) => stageList.mappings[code].glotip ?? [],
);

/** The position of the stage code a GLOTIP category maps from, in the code list's (process) order. */
export function stageIndexOf(category: string): number {
  return stageList.codes.findIndex((code) => stageList.mappings[code].glotip?.includes(category));
}
