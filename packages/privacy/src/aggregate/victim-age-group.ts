import { ageInYears, CODE_LISTS, majorityStatusOfAge, majorityStatusOfAgeBand } from "@tip/schema";
import { isPlainObject } from "../model/record-object.js";
import type { Classified } from "./classification.js";
import { UNKNOWN } from "./dimensions.js";

type Raw = Record<string, unknown>;

const FULL_DATE = /^\d{4}-\d{2}-\d{2}$/;

function yearOfText(value: unknown): number | undefined {
  return typeof value === "string" && /^\d{4}/.test(value) ? Number(value.slice(0, 4)) : undefined;
}

/** Child or adult from a birth year and a reference year, when both possible ages (birthday passed or not) agree. */
function majorityOfYears(birthYear: number, referenceYear: number): string {
  const older = majorityStatusOfAge(referenceYear - birthYear);
  const younger = majorityStatusOfAge(referenceYear - birthYear - 1);
  return older === younger ? older : UNKNOWN;
}

const known = (status: string) => status === "child" || status === "adult";

/**
 * Child or adult at identification (the event a victim is counted for, as GLOTIP counts victims detected),
 * from the first of: the age at identification; the birth date at the identification date; the birth year
 * (of the birth date, or `birthYear`) at the year of identification or, without it, of registration, when
 * the person is a child or an adult whether the birthday had passed or not; the age band (`0-8`, `9-17` are
 * children); the recorded majority status. Says which one it used, or why none told.
 */
export function victimAgeGroup(victim: Raw): Classified {
  if (typeof victim.ageAtIdentification === "number") {
    const status = majorityStatusOfAge(victim.ageAtIdentification);
    if (known(status)) return { values: [status], derived: "from_age_at_identification" };
  }
  const identification = isPlainObject(victim.identification) ? victim.identification : {};
  const onDate = identification.date;
  const birthDate = typeof victim.birthDate === "string" ? victim.birthDate : undefined;
  if (birthDate !== undefined && typeof onDate === "string" && FULL_DATE.test(onDate)) {
    const age = ageInYears(birthDate, onDate);
    const status = Number.isNaN(age) ? UNKNOWN : majorityStatusOfAge(age);
    if (known(status)) return { values: [status], derived: "from_birth_date" };
  }
  const birthYear =
    yearOfText(birthDate) ?? (typeof victim.birthYear === "number" ? victim.birthYear : undefined);
  const referenceYear =
    yearOfText(onDate) ??
    (typeof victim.yearOfRegistration === "number" ? victim.yearOfRegistration : undefined);
  if (birthYear !== undefined && referenceYear !== undefined) {
    const status = majorityOfYears(birthYear, referenceYear);
    if (known(status)) return { values: [status], derived: "from_birth_year" };
  }
  const band = majorityStatusOfAgeBand(victim.ageBand);
  if (known(band)) return { values: [band], derived: "from_age_band" };
  const status = victim.majorityStatus;
  if (status === "child" || status === "adult") return { values: [status], derived: "from_majority_status" };
  return { values: [UNKNOWN], reason: reasonOf(victim, status, birthYear) };
}

function reasonOf(victim: Raw, status: unknown, birthYear: number | undefined): Classified["reason"] {
  if (status === "unknown") return "recorded_unknown";
  if (birthYear !== undefined) return "birth_date_without_reference_date";
  const values = [victim.ageAtIdentification, victim.ageBand, status];
  if (values.some((value) => value !== undefined)) {
    // A band or status that is not a code, or an age that is not a number.
    const band = victim.ageBand;
    const invalid =
      (band !== undefined && !CODE_LISTS.age_band.has(band)) ||
      (status !== undefined && !CODE_LISTS.majority_status.has(status)) ||
      (victim.ageAtIdentification !== undefined && typeof victim.ageAtIdentification !== "number");
    if (invalid) return "not_a_code";
  }
  return "not_recorded";
}
