import { ageAtRecruitmentOf, alpha3Of, type Victim } from "@tip/schema";
import { AGGREGATE_ERROR_KINDS } from "./aggregate-errors.js";
import type { InjectedError } from "./injected-error.js";
import { RECORD_ERROR_KINDS } from "./record-errors.js";

export type { BreakableRecordType, ErrorKind, InjectedError } from "./injected-error.js";

interface Recipe extends InjectedError {
  /** Whether the mistake makes sense for (and is detectable in) this valid victim. */
  readonly applies: (victim: Victim) => boolean;
  /** Returns a copy of the victim with the mistake. */
  readonly apply: (victim: Victim) => Record<string, unknown>;
}

type Mutable = Record<string, unknown> & Victim;

function mutate(victim: Victim, change: (copy: Mutable) => void): Record<string, unknown> {
  const copy = structuredClone(victim) as Mutable;
  change(copy);
  return copy;
}

const isAdult = (age: number | undefined): boolean | undefined => (age === undefined ? undefined : age >= 18);

const RECIPES: readonly Recipe[] = [
  {
    kind: "recruitment_after_start",
    recordType: "victim",
    code: "dates_out_of_order",
    path: "/exploitation/startDate",
    description:
      "Exploitation starts before the recorded recruitment date (the identification date typed as recruitment)",
    applies: (v) => {
      const start = v.exploitation?.startDate;
      const identified = v.identification?.date;
      if (start === undefined || identified === undefined || start.slice(0, 7) >= identified.slice(0, 7))
        return false;
      // Only the dates may go wrong: a given age at recruitment would disagree with the new date, and an
      // age derived from it must not turn a child at recruitment into an adult.
      if (v.ageAtRecruitment !== undefined) return false;
      const moved = { ...v, exploitation: { ...v.exploitation, recruitmentDate: identified } };
      return isAdult(ageAtRecruitmentOf(v)) === isAdult(ageAtRecruitmentOf(moved));
    },
    apply: (v) =>
      mutate(v, (copy) => {
        if (copy.exploitation) copy.exploitation.recruitmentDate = copy.identification?.date;
      }),
  },
  {
    kind: "citizenship_typo",
    recordType: "victim",
    code: "unknown_field",
    path: "",
    description: "`citizenship` written for `citizenships`",
    applies: (v) => v.citizenships !== undefined,
    apply: (v) =>
      mutate(v, (copy) => {
        copy.citizenship = copy.citizenships;
        delete copy.citizenships;
      }),
  },
  {
    kind: "alpha3_citizenship",
    recordType: "victim",
    code: "invalid_code",
    path: "/citizenships/0",
    description: "An ISO alpha-3 country code where the model takes alpha-2",
    applies: (v) => v.citizenships?.[0] !== undefined && alpha3Of(v.citizenships[0]) !== undefined,
    apply: (v) =>
      mutate(v, (copy) => {
        (copy.citizenships as string[])[0] = alpha3Of(v.citizenships?.[0] ?? "XX") as string;
      }),
  },
  {
    kind: "age_mismatch",
    recordType: "victim",
    code: "age_inconsistent_with_birth_date",
    path: "/ageAtIdentification",
    description: "Age at identification one year off the birth date",
    applies: (v) =>
      v.birthDate !== undefined &&
      v.identification?.date !== undefined &&
      v.ageAtIdentification !== undefined,
    apply: (v) =>
      mutate(v, (copy) => {
        const age = v.ageAtIdentification as number;
        // Step away from 18 so the majority status stays right and only the age rule fires.
        copy.ageAtIdentification = age === 17 ? 16 : age + 1;
      }),
  },
  {
    kind: "labour_industry_without_labour",
    recordType: "victim",
    code: "labour_detail_without_forced_labour",
    path: "/exploitation/labourIndustry",
    description: "A labour industry (accommodation and food) recorded for sexual exploitation only",
    applies: (v) => v.exploitation?.forms?.length === 1 && v.exploitation.forms[0] === "sexual_exploitation",
    apply: (v) =>
      mutate(v, (copy) => {
        if (copy.exploitation) copy.exploitation.labourIndustry = "I";
      }),
  },
  {
    kind: "age_as_text",
    recordType: "victim",
    code: "invalid_type",
    path: "/ageAtIdentification",
    description: "Age at identification given as text, as spreadsheets export it",
    applies: (v) => v.ageAtIdentification !== undefined,
    apply: (v) =>
      mutate(v, (copy) => {
        (copy as Record<string, unknown>).ageAtIdentification = String(v.ageAtIdentification);
      }),
  },
];

/**
 * Every kind of mistake the generator injects, with the issue it must produce: in victims, in figures, and in
 * the protection, prosecution and prevention records.
 */
export const ERROR_KINDS: readonly InjectedError[] = [
  ...RECIPES.map(({ kind, recordType, code, path, description }) => ({
    kind,
    recordType,
    code,
    path,
    description,
  })),
  ...AGGREGATE_ERROR_KINDS,
  ...RECORD_ERROR_KINDS,
];

/** The mistakes that make sense for a victim. */
export function applicableErrors(victim: Victim): readonly Recipe[] {
  return RECIPES.filter((recipe) => recipe.applies(victim));
}

/** Puts a mistake in a copy of a victim record. */
export function injectError(
  victim: Victim,
  recipe: Recipe,
): { record: Record<string, unknown>; error: InjectedError } {
  const { kind, recordType, code, path, description } = recipe;
  return { record: recipe.apply(victim), error: { kind, recordType, code, path, description } };
}
