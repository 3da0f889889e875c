import type { CODE_LISTS } from "@tip/schema";

type GenderCode = (typeof CODE_LISTS.gender.codes)[number];
type SexCode = (typeof CODE_LISTS.sex.codes)[number];

/**
 * The sex counted for a person whose record has a gender but no sex (HTCDS records gender only), every gender
 * code listed so none is forgotten: feminine → female, masculine → male, transgender and non-conforming →
 * other (as CTDC's `Trans/Transgender/NonConforming` is), not specified → unknown. Tables say how many persons
 * were counted this way (`from_gender`).
 */
export const SEX_OF_GENDER: Readonly<Record<GenderCode, SexCode>> = {
  feminine: "female",
  masculine: "male",
  transgender_feminine: "other",
  transgender_masculine: "other",
  non_conforming: "other",
  not_specified: "unknown",
};
