import { ageInYears } from "../../codes/age-band/age-band.derive.js";
import type { MajorityStatusCode } from "../../codes/majority-status/majority-status.codes.js";
import { majorityStatusOfAge } from "../../codes/majority-status/majority-status.derive.js";
import { checkDatePair, compareDates, DateOrder } from "../../rules/dates.js";
import { defineRule, type RuleFinding } from "../../rules/define-rule.js";
import type { Victim } from "./victim.schema.js";
import { ageAtRecruitmentOf } from "./victim-age.js";

/** Forms of exploitation that are labour exploitation (for the plausibility of a very young age). */
const LABOUR_FORMS = new Set([
  "forced_labour",
  "child_labour",
  "servitude",
  "slavery_and_practices",
  "forced_begging",
]);

const isLabourForm = (form: string): boolean => LABOUR_FORMS.has(form);

/**
 * Forms in which a labour industry or sector is meaningful: the labour forms and forced criminality, whose
 * work CTDC records as a labour type (`typeOfLabourIllicitActivities`).
 */
const LABOUR_DETAIL_FORMS = new Set([...LABOUR_FORMS, "forced_criminality"]);

const allowsLabourDetail = (form: string): boolean => LABOUR_DETAIL_FORMS.has(form);

/**
 * Whether the person is known to have been an adult at the first act (recruitment): the age at recruitment
 * (given or derived) decides first, then the age or majority status at exploitation; unknown counts as not
 * known. A person recruited at 17 and exploited at 18 is a child victim.
 */
function adultAtFirstAct(victim: Victim): boolean {
  const atRecruitment = ageAtRecruitmentOf(victim);
  if (atRecruitment !== undefined) return atRecruitment >= 18;
  if (victim.ageAtExploitation !== undefined) return victim.ageAtExploitation >= 18;
  return victim.majorityStatusAtExploitation === "adult";
}

/**
 * A warning in core, not an error: the Protocol requires a means for adults, but national laws may not
 * (Mexico's General Law on trafficking of 2012, Art. 10; Argentina's Law 26.364 Art. 2 as replaced by Law
 * 26.842 of 2012). A national profile decides whether it is an error.
 */
export const adultVictimWithoutMeans = defineRule({
  code: "adult_victim_without_means",
  recordType: "victim",
  severity: "warning",
  clause:
    "Palermo Protocol Art. 3(a): an adult is a victim only when an act and a purpose are achieved through a means (Art. 3(c) exempts children); national law may not require means (Mexico, General Law on trafficking 2012, Art. 10; Argentina, Law 26.364 Art. 2 as replaced by Law 26.842), so a profile decides whether this is an error",
  fields: [
    "identification.status",
    "victim.ageAtRecruitment",
    "victim.birthDate",
    "exploitation.recruitmentDate",
    "victim.ageAtExploitation",
    "exploitation.meansOfControl",
    "exploitation.palermoMeans",
  ],
  check(victim: Victim, found) {
    if (victim.identification?.status !== "identified" || !adultAtFirstAct(victim)) return;
    const exploitation = victim.exploitation;
    if ((exploitation?.meansOfControl?.length ?? 0) > 0 || (exploitation?.palermoMeans?.length ?? 0) > 0)
      return;
    found.push({ path: ["identification", "status"], params: { field: "exploitation.palermoMeans" } });
  },
});

const order = new DateOrder();
/** Paths of the dates in order, made once: rules run on every record of an export. */
const PATHS = {
  birthDate: ["birthDate"],
  recruitmentDate: ["exploitation", "recruitmentDate"],
  startDate: ["exploitation", "startDate"],
  endDate: ["exploitation", "endDate"],
  identificationDate: ["identification", "date"],
} as const;

/** Whether `date` is given and comes after `than` (or `than` is not given). */
function later(date: string | undefined, than: string | undefined): date is string {
  return date !== undefined && (than === undefined || compareDates(date, than) > 0);
}

export const victimDatesOutOfOrder = defineRule({
  code: "dates_out_of_order",
  recordType: "victim",
  severity: "error",
  clause:
    "Chronology: birth <= recruitment <= start of exploitation <= end of exploitation and identification",
  fields: [
    "victim.birthDate",
    "exploitation.recruitmentDate",
    "exploitation.startDate",
    "exploitation.endDate",
    "identification.date",
  ],
  check(victim: Victim, found) {
    const e = victim.exploitation;
    order
      .start()
      .step(found, "victim.birthDate", victim.birthDate, PATHS.birthDate)
      .step(found, "exploitation.recruitmentDate", e?.recruitmentDate, PATHS.recruitmentDate)
      .step(found, "exploitation.startDate", e?.startDate, PATHS.startDate)
      .step(found, "exploitation.endDate", e?.endDate, PATHS.endDate);
    // Identification comes after everything before exploitation (the latest of those dates, the first one
    // given on a tie), but may come before its end.
    let latest = victim.birthDate;
    let latestField = "victim.birthDate";
    if (later(e?.recruitmentDate, latest)) {
      latest = e?.recruitmentDate;
      latestField = "exploitation.recruitmentDate";
    }
    if (later(e?.startDate, latest)) {
      latest = e?.startDate;
      latestField = "exploitation.startDate";
    }
    const identifiedOn = victim.identification?.date;
    checkDatePair(found, latestField, latest, "identification.date", identifiedOn, PATHS.identificationDate);
  },
});

export const ageInconsistentWithBirthDate = defineRule({
  code: "age_inconsistent_with_birth_date",
  recordType: "victim",
  severity: "error",
  clause:
    "Ages and birth year must agree with the birth date; age at recruitment <= age at exploitation <= age at identification",
  fields: [
    "victim.birthDate",
    "victim.birthYear",
    "victim.ageAtRecruitment",
    "victim.ageAtIdentification",
    "victim.ageAtExploitation",
  ],
  check(victim: Victim, found) {
    const birth = victim.birthDate;
    if (
      birth !== undefined &&
      victim.birthYear !== undefined &&
      Number(birth.slice(0, 4)) !== victim.birthYear
    ) {
      found.push({ path: ["birthYear"], params: { field: "victim.birthYear" } });
    }
    const identifiedOn = victim.identification?.date;
    if (birth !== undefined && identifiedOn !== undefined && victim.ageAtIdentification !== undefined) {
      const age = ageInYears(birth, identifiedOn);
      if (Number.isFinite(age) && age !== victim.ageAtIdentification) {
        found.push({ path: ["ageAtIdentification"], params: { field: "victim.ageAtIdentification" } });
      }
    }
    const recruitedOn = victim.exploitation?.recruitmentDate;
    if (birth !== undefined && recruitedOn?.length === 10 && victim.ageAtRecruitment !== undefined) {
      const age = ageInYears(birth, recruitedOn);
      if (Number.isFinite(age) && age !== victim.ageAtRecruitment) {
        found.push({ path: ["ageAtRecruitment"], params: { field: "victim.ageAtRecruitment" } });
      }
    }
    if (
      victim.ageAtRecruitment !== undefined &&
      victim.ageAtExploitation !== undefined &&
      victim.ageAtRecruitment > victim.ageAtExploitation
    ) {
      found.push({ path: ["ageAtRecruitment"], params: { field: "victim.ageAtExploitation" } });
    }
    const startedOn = victim.exploitation?.startDate;
    if (birth !== undefined && startedOn?.length === 10 && victim.ageAtExploitation !== undefined) {
      const age = ageInYears(birth, startedOn);
      if (Number.isFinite(age) && age !== victim.ageAtExploitation) {
        found.push({ path: ["ageAtExploitation"], params: { field: "victim.ageAtExploitation" } });
      }
    }
    if (
      victim.ageAtExploitation !== undefined &&
      victim.ageAtIdentification !== undefined &&
      victim.ageAtExploitation > victim.ageAtIdentification
    ) {
      found.push({ path: ["ageAtExploitation"], params: { field: "victim.ageAtIdentification" } });
    }
  },
});

/** Reports a majority status that an age given beside it contradicts. */
function majorityAgrees(
  status: MajorityStatusCode | undefined,
  age: number | undefined,
  key: "majorityStatus" | "majorityStatusAtExploitation",
  found: RuleFinding[],
): void {
  if (status === undefined || status === "unknown" || age === undefined) return;
  if (majorityStatusOfAge(age) !== status) found.push({ path: [key], params: { field: `victim.${key}` } });
}

export const majorityStatusInconsistent = defineRule({
  code: "majority_status_inconsistent",
  recordType: "victim",
  severity: "error",
  clause:
    "A child is a person under 18 (Palermo Protocol Art. 3(d)); child at identification means child at exploitation",
  fields: [
    "victim.majorityStatus",
    "victim.majorityStatusAtExploitation",
    "victim.ageAtIdentification",
    "victim.ageAtExploitation",
  ],
  check(victim: Victim, found) {
    majorityAgrees(victim.majorityStatus, victim.ageAtIdentification, "majorityStatus", found);
    majorityAgrees(
      victim.majorityStatusAtExploitation,
      victim.ageAtExploitation,
      "majorityStatusAtExploitation",
      found,
    );
    if (victim.majorityStatus === "child" && victim.majorityStatusAtExploitation === "adult") {
      found.push({
        path: ["majorityStatusAtExploitation"],
        params: { field: "victim.majorityStatusAtExploitation" },
      });
    }
  },
});

export const labourDetailWithoutForcedLabour = defineRule({
  code: "labour_detail_without_forced_labour",
  recordType: "victim",
  severity: "error",
  clause:
    "HTCDS vic_ForcedLabourIndustry and CTDC typeOfLabour* describe labour exploitation, forced criminality included (CTDC typeOfLabourIllicitActivities)",
  fields: ["exploitation.labourIndustry", "exploitation.labourSectors", "exploitation.forms"],
  check(victim: Victim, found) {
    const e = victim.exploitation;
    if (e === undefined) return;
    if (e.labourIndustry === undefined && (e.labourSectors?.length ?? 0) === 0) return;
    if (e.forms?.some(allowsLabourDetail)) return;
    const key = e.labourIndustry !== undefined ? "labourIndustry" : "labourSectors";
    found.push({ path: ["exploitation", key], params: { field: `exploitation.${key}` } });
  },
});

export const sexualTypeWithoutSexualExploitation = defineRule({
  code: "sexual_exploitation_type_without_sexual_exploitation",
  recordType: "victim",
  severity: "error",
  clause: "HTCDS vic_TypeOfSexExploitation and CTDC typeOfSex* describe sexual exploitation only",
  fields: ["exploitation.sexualExploitationTypes", "exploitation.forms"],
  check(victim: Victim, found) {
    const e = victim.exploitation;
    if ((e?.sexualExploitationTypes?.length ?? 0) === 0) return;
    if (e?.forms?.includes("sexual_exploitation")) return;
    found.push({
      path: ["exploitation", "sexualExploitationTypes"],
      params: { field: "exploitation.sexualExploitationTypes" },
    });
  },
});

export const implausibleAgeForLabour = defineRule({
  code: "implausible_age_for_labour",
  recordType: "victim",
  severity: "warning",
  clause: "Plausibility: labour exploitation of a child aged 0 to 2 is almost always a data-entry error",
  fields: ["victim.ageAtExploitation", "exploitation.forms"],
  check(victim: Victim, found) {
    const age = victim.ageAtExploitation;
    if (age === undefined || age > 2) return;
    if (!victim.exploitation?.forms?.some(isLabourForm)) return;
    found.push({ path: ["ageAtExploitation"], params: { field: "victim.ageAtExploitation", max: 2 } });
  },
});

/** Every cross-field rule of a victim record. */
export const victimRules = [
  adultVictimWithoutMeans,
  victimDatesOutOfOrder,
  ageInconsistentWithBirthDate,
  majorityStatusInconsistent,
  labourDetailWithoutForcedLabour,
  sexualTypeWithoutSexualExploitation,
  implausibleAgeForLabour,
] as const;
