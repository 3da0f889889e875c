import { CODE_LISTS, majorityStatusOfAge } from "@tip/schema";
import { isPlainObject } from "../model/record-object.js";
import type { Dimension } from "./dimensions.js";
import { UNKNOWN } from "./dimensions.js";
import { glotipFormOf, glotipGroupOf } from "./glotip-categories.js";

type Raw = Record<string, unknown>;

/** A code of a list, or `unknown` when the value is missing or not a code of it. */
export function codeOr<L extends { has(value: unknown): boolean }>(list: L, value: unknown): string {
  return list.has(value) ? (value as string) : UNKNOWN;
}

/** Child or adult at identification: the recorded status, else from the age at identification. */
export function ageGroupOf(status: unknown, age: unknown): string {
  if (status === "child" || status === "adult") return status;
  return majorityStatusOfAge(typeof age === "number" ? age : undefined);
}

/** The year of a date written `YYYY...`, else undefined. */
export function yearOf(value: unknown): string | undefined {
  return typeof value === "string" && /^\d{4}/.test(value) ? value.slice(0, 4) : undefined;
}

/** The first citizenship (the primary one, by the order recorded), `stateless`, or `unknown`. */
export function citizenshipOf(record: Raw): string {
  const first = Array.isArray(record.citizenships) ? record.citizenships[0] : undefined;
  if (CODE_LISTS.country.has(first)) return first as string;
  return record.stateless === true ? "stateless" : UNKNOWN;
}

function formsOf(victim: Raw): string[] {
  const exploitation = isPlainObject(victim.exploitation) ? victim.exploitation : {};
  const forms = Array.isArray(exploitation.forms) ? exploitation.forms : [];
  return [...new Set(forms.filter((form) => CODE_LISTS.exploitation_form.has(form)) as string[])];
}

/**
 * The values of a victim on a dimension. A victim has one value per dimension except on the forms of
 * exploitation, where it has one per form recorded (and is counted under each, once in totals).
 */
export function victimValues(victim: Raw, dimension: Dimension): string[] {
  const identification = isPlainObject(victim.identification) ? victim.identification : {};
  switch (dimension) {
    case "sex":
      return [codeOr(CODE_LISTS.sex, victim.sex)];
    case "age_group":
      return [ageGroupOf(victim.majorityStatus, victim.ageAtIdentification)];
    case "glotip_group": {
      const age = ageGroupOf(victim.majorityStatus, victim.ageAtIdentification);
      return [glotipGroupOf(codeOr(CODE_LISTS.sex, victim.sex), age) ?? UNKNOWN];
    }
    case "exploitation": {
      const forms = formsOf(victim);
      return forms.length > 0 ? forms : [UNKNOWN];
    }
    case "glotip_form": {
      const forms = [...new Set(formsOf(victim).map(glotipFormOf))];
      return forms.length > 0 ? forms : [UNKNOWN];
    }
    case "citizenship":
      return [citizenshipOf(victim)];
    case "country":
      return [codeOr(CODE_LISTS.country, identification.country)];
    case "year": {
      const registered =
        typeof victim.yearOfRegistration === "number" ? String(victim.yearOfRegistration) : undefined;
      return [yearOf(identification.date) ?? registered ?? UNKNOWN];
    }
    case "stage":
      return [UNKNOWN];
  }
}
