import { CODE_LISTS, majorityStatusOfAge } from "@tip/schema";
import { isPlainObject } from "../model/record-object.js";
import type { Classified } from "./classification.js";
import type { Dimension } from "./dimensions.js";
import { UNKNOWN } from "./dimensions.js";
import { GLOTIP_OTHER_FORM, glotipFormOf, glotipGroupOf } from "./glotip-categories.js";
import { SEX_OF_GENDER } from "./sex-of-gender.js";
import { victimAgeGroup } from "./victim-age-group.js";

type Raw = Record<string, unknown>;

/**
 * How a victim with several forms of exploitation is counted:
 * - `each` (default, as GLOTIP tables do): once under each form, once in the totals;
 * - `multiple`: once, under `multiple` (forms of the exploitation_form list) or under GLOTIP's "mixed or
 *   other forms" (GLOTIP forms), so the cells add up to the total.
 */
export type SeveralFormsRule = "each" | "multiple";

/** The rules a table counts by. */
export const SEVERAL_FORMS_RULES: readonly SeveralFormsRule[] = ["each", "multiple"];

/** The value of a victim with several forms of the exploitation_form list under the `multiple` rule. */
export const MULTIPLE_FORMS = "multiple";

/** A code of a list, or `unknown` when the value is missing or not a code of it. */
export function codeOr<L extends { has(value: unknown): boolean }>(list: L, value: unknown): string {
  return list.has(value) ? (value as string) : UNKNOWN;
}

/** Child or adult: the recorded status, else from an age in years. */
export function ageGroupOf(status: unknown, age: unknown): string {
  if (status === "child" || status === "adult") return status;
  return majorityStatusOfAge(typeof age === "number" ? age : undefined);
}

/** The year of a date written `YYYY...`, else undefined. */
export function yearOf(value: unknown): string | undefined {
  return typeof value === "string" && /^\d{4}/.test(value) ? value.slice(0, 4) : undefined;
}

/** A code of a list, or `unknown` with the reason. */
export function codeOf(
  list: { has(value: unknown): boolean },
  value: unknown,
  unknownCode?: string,
): Classified {
  if (value === undefined || value === null) return { values: [UNKNOWN], reason: "not_recorded" };
  if (!list.has(value)) return { values: [UNKNOWN], reason: "not_a_code" };
  if (value === unknownCode) return { values: [UNKNOWN], reason: "recorded_unknown" };
  return { values: [value as string] };
}

/** The sex of a person: as recorded, else from the gender (`SEX_OF_GENDER`), else `unknown` with the reason. */
export function sexOf(person: Raw): Classified {
  if (person.sex !== undefined) {
    const sex = codeOf(CODE_LISTS.sex, person.sex, "unknown");
    // A recorded `unknown` is a sex code, but no sex: the gender may still tell.
    if (sex.values[0] !== "unknown" || person.gender === undefined) return sex;
  }
  if (person.gender === undefined)
    return person.sex === "unknown"
      ? { values: [UNKNOWN], reason: "recorded_unknown" }
      : { values: [UNKNOWN], reason: "not_recorded" };
  if (!CODE_LISTS.gender.has(person.gender)) return { values: [UNKNOWN], reason: "not_a_code" };
  const sex = SEX_OF_GENDER[person.gender];
  if (sex === "unknown") return { values: [UNKNOWN], reason: "recorded_unknown" };
  return { values: [sex], derived: "from_gender" };
}

/** The first citizenship (the primary one, by the order recorded), `stateless`, or `unknown` with the reason. */
export function citizenshipOf(record: Raw): Classified {
  const list = Array.isArray(record.citizenships) ? record.citizenships : [];
  const first = list[0];
  if (CODE_LISTS.country.has(first) && first !== "XX") return { values: [first] };
  if (record.stateless === true) return { values: ["stateless"] };
  if (first === "XX") return { values: [UNKNOWN], reason: "recorded_unknown" };
  return { values: [UNKNOWN], reason: first === undefined ? "not_recorded" : "not_a_code" };
}

/** The GLOTIP group (women, girls, men, boys) from a sex and an age group, or why there is none. */
export function glotipGroupClassified(sex: Classified, age: Classified): Classified {
  const sexCode = sex.values[0] ?? UNKNOWN;
  const ageCode = age.values[0] ?? UNKNOWN;
  const group = glotipGroupOf(sexCode, ageCode);
  const derived = [sex.derived, age.derived].flat().filter((source) => source !== undefined);
  if (group !== undefined) return derived.length > 0 ? { values: [group], derived } : { values: [group] };
  const sexKnown = sexCode === "female" || sexCode === "male";
  const ageKnown = ageCode === "child" || ageCode === "adult";
  if (sexCode === "other" && ageKnown) return { values: [UNKNOWN], reason: "sex_other" };
  if (!sexKnown && !ageKnown) return { values: [UNKNOWN], reason: "sex_and_age_unknown" };
  return { values: [UNKNOWN], reason: sexKnown ? "age_unknown" : "sex_unknown" };
}

function formsOf(victim: Raw): { forms: string[]; answered: boolean } {
  const exploitation = isPlainObject(victim.exploitation) ? victim.exploitation : {};
  const answered = Array.isArray(exploitation.forms);
  const forms = answered ? (exploitation.forms as unknown[]) : [];
  return {
    forms: [...new Set(forms.filter((form) => CODE_LISTS.exploitation_form.has(form)) as string[])],
    answered,
  };
}

function formsClassified(victim: Raw, glotip: boolean, rule: SeveralFormsRule): Classified {
  const { forms, answered } = formsOf(victim);
  const values = glotip ? [...new Set(forms.map(glotipFormOf))] : forms;
  if (values.length === 0)
    return { values: [UNKNOWN], reason: answered ? "no_form_recorded" : "not_recorded" };
  if (values.length > 1 && rule === "multiple")
    return { values: [glotip ? GLOTIP_OTHER_FORM : MULTIPLE_FORMS] };
  return { values };
}

/**
 * A victim's values on a dimension, and why it has none. A victim has one value per dimension except on the
 * forms of exploitation under the `each` rule, where it has one per form recorded (and is counted under each,
 * once in totals).
 */
export function classifyVictim(
  victim: Raw,
  dimension: Dimension,
  rule: SeveralFormsRule = "each",
): Classified {
  const identification = isPlainObject(victim.identification) ? victim.identification : {};
  switch (dimension) {
    case "sex":
      return sexOf(victim);
    case "age_group":
      return victimAgeGroup(victim);
    case "glotip_group":
      return glotipGroupClassified(sexOf(victim), victimAgeGroup(victim));
    case "exploitation":
      return formsClassified(victim, false, rule);
    case "glotip_form":
      return formsClassified(victim, true, rule);
    case "citizenship":
      return citizenshipOf(victim);
    case "country":
      return codeOf(CODE_LISTS.country, identification.country, "XX");
    case "year": {
      const registered =
        typeof victim.yearOfRegistration === "number" ? String(victim.yearOfRegistration) : undefined;
      const year = yearOf(identification.date) ?? registered;
      return year === undefined ? { values: [UNKNOWN], reason: "not_recorded" } : { values: [year] };
    }
    default:
      return { values: [UNKNOWN], reason: "not_recorded" };
  }
}

/** The values of a victim on a dimension (see `classifyVictim`). */
export function victimValues(victim: Raw, dimension: Dimension, rule: SeveralFormsRule = "each"): string[] {
  return classifyVictim(victim, dimension, rule).values;
}
