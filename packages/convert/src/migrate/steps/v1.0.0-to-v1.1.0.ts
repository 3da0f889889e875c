import type { MigrationStep } from "../migration-step.js";

/**
 * 1.1.0 makes the core law-neutral where national laws differ from the Palermo Protocol and fixes domain
 * errors. Every 1.0.0 record is a valid 1.1.0 record with the same meaning, so no value is changed:
 * - `victim.ageAtRecruitment` is new (the age at the first act, which decides child status); it is derived
 *   from the birth date and the recruitment date when both are known, so it is not written here.
 *   HTCDS `vic_AgeWhenTrafficked` now maps to it: records converted from HTCDS under 1.0.0 hold that value in
 *   `ageAtExploitation`; convert the HTCDS source again to move it (a record does not say where it came from).
 * - `traffickingEvent.victimId` is new; events without it keep the single-timeline check.
 * - Referral statuses `on_hold`, `failed` and `entered_in_error` are new; existing statuses are unchanged.
 * - `adult_victim_without_means` is a warning, and labour detail is allowed with forced criminality: records
 *   invalid for these reasons alone become valid.
 * - Languages: ISO 639-3 codes of the region join ISO 639-1 (`quc`, `nah`); ISO 639-1 codes are unchanged.
 * - Countries: former countries (`AN`, `CS`, `YU`) are accepted with a `former_country_code` warning.
 * - ICCS: 020292 (forced marriage) and 09051 (participation in an organized criminal group) are new codes.
 */
export const v100ToV110: MigrationStep = {
  from: "1.0.0",
  to: "1.1.0",
  description:
    "no value changes; new: victim.ageAtRecruitment (HTCDS vic_AgeWhenTrafficked maps there), traffickingEvent.victimId, referral statuses on_hold/failed/entered_in_error, ISO 639-3 languages, former countries, ICCS 020292 and 09051; adult_victim_without_means is a warning",
  up: (record) => record,
};
