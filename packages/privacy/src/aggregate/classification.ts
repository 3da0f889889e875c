/**
 * Why a person could not be given a value on a dimension (counted under `unknown`):
 * - `not_recorded`: the record says nothing about it;
 * - `recorded_unknown`: the record says it is unknown (sex `unknown`, gender `not_specified`, majority status
 *   `unknown`, country `XX`);
 * - `not_a_code`: the value is not a code of the dimension's list (invalid data);
 * - `birth_date_without_reference_date`: a birth date or year, but no identification date or year to take the
 *   age at, or one that leaves the person on either side of 18;
 * - `no_form_recorded`: the forms of exploitation were answered, none applied;
 * - `sex_unknown`, `sex_other`, `age_unknown`, `sex_and_age_unknown`: GLOTIP's groups (women, girls, men, boys)
 *   need a sex of female or male and a known age group.
 */
export const UNCLASSIFIED_REASONS = [
  "not_recorded",
  "recorded_unknown",
  "not_a_code",
  "birth_date_without_reference_date",
  "no_form_recorded",
  "sex_unknown",
  "sex_other",
  "age_unknown",
  "sex_and_age_unknown",
] as const;

/** Why a person could not be classified on a dimension. */
export type UnclassifiedReason = (typeof UNCLASSIFIED_REASONS)[number];

/**
 * Where a value came from when it was not read straight from its own field:
 * - sex `from_gender` (`SEX_OF_GENDER`);
 * - age group, in the order tried: `from_age_at_identification`, `from_birth_date`, `from_birth_year`,
 *   `from_age_band`, `from_majority_status`;
 * - criminal-justice stage `from_case_proceedings` (a perpetrator without proceedings of its own, in a case
 *   with proceedings).
 */
export const DERIVATIONS = [
  "from_gender",
  "from_age_at_identification",
  "from_birth_date",
  "from_birth_year",
  "from_age_band",
  "from_majority_status",
  "from_case_proceedings",
] as const;

/** Where a value came from. */
export type Derivation = (typeof DERIVATIONS)[number];

/** A person's values on a dimension, why it has none (`unknown`), and where they came from. */
export interface Classified {
  readonly values: string[];
  readonly reason?: UnclassifiedReason;
  /** One source, or several for a value built of others (a GLOTIP group: sex and age group). */
  readonly derived?: Derivation | readonly Derivation[];
}

/**
 * What a table's dimension could not classify and what it derived, counted over the persons in the table. A
 * count is `null` when publishing it could reveal a suppressed cell or a count below the smallest published.
 */
export interface DimensionClassification {
  /** Persons counted under `unknown`, by reason. */
  readonly unclassified: Readonly<Partial<Record<UnclassifiedReason, number | null>>>;
  /** Persons whose value was derived, by source. */
  readonly derived: Readonly<Partial<Record<Derivation, number | null>>>;
  /**
   * Persons not counted in the table at all, because none of their values on this dimension is among the
   * levels the table is restricted to (perpetrators who reached no criminal-justice stage of the table).
   */
  readonly outsideLevels: number | null;
}
