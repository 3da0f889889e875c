// The entry `@tip/schema/check`: record checks for a browser bundle, which carries only the record types and the
// language a page names.
import type * as z from "zod";
import type { MessageLocale } from "./i18n/message-locale.js";
import { type CheckOptions, type CheckResult, type CheckSetup, checkRecordIn } from "./issues/check-core.js";
import { checkWithProfile } from "./issues/check-with-profile.js";
import type { RecordChecks } from "./issues/record-checks.js";
import type { RecordType } from "./model/entities.js";
import type { Profile } from "./profiles/profile.js";
import { CHECKS_BY_RECORD_TYPE } from "./rules/catalogue.js";

export { agencyChecks } from "./entities/agency/agency.checks.js";
export { aggregateChecks } from "./entities/aggregate/aggregate.checks.js";
export { bundleChecks } from "./entities/bundle/bundle.checks.js";
export { caseChecks } from "./entities/case/case.checks.js";
export { criminalGroupChecks } from "./entities/criminal-group/criminal-group.checks.js";
export { financialInquiryChecks } from "./entities/financial-inquiry/financial-inquiry.checks.js";
export { helplineContactChecks } from "./entities/helpline-contact/helpline-contact.checks.js";
export { legalAssistanceRequestChecks } from "./entities/legal-assistance-request/legal-assistance-request.checks.js";
export { operationChecks } from "./entities/operation/operation.checks.js";
export { perpetratorChecks } from "./entities/perpetrator/perpetrator.checks.js";
export { preventionActivityChecks } from "./entities/prevention-activity/prevention-activity.checks.js";
export { protectionMeasureChecks } from "./entities/protection-measure/protection-measure.checks.js";
export { referralChecks } from "./entities/referral/referral.checks.js";
export { screeningChecks } from "./entities/screening/screening.checks.js";
export { sgbvIncidentChecks } from "./entities/sgbv-incident/sgbv-incident.checks.js";
export { victimChecks } from "./entities/victim/victim.checks.js";
export type { MessageLocale } from "./i18n/message-locale.js";
export type { CheckResult } from "./issues/check-core.js";
export type { RecordChecks } from "./issues/record-checks.js";

/** Options of `checkRecord` from `@tip/schema/check`: those of `@tip/schema`'s without a profile, and these. */
export interface CheckOptionsWithLocale extends Omit<CheckOptions, "profile"> {
  /** Language of the messages, e.g. `esMessages` from `@tip/schema/locales/es/messages`. */
  readonly locale: MessageLocale;
  /**
   * The record types accepted, by their checks: `[victimChecks]`, or `[victimChecks, caseChecks]`. A record of
   * another type gets the issue `invalid_record_type`. `bundleChecks` checks bundles with every record type
   * they may hold.
   */
  readonly recordTypes: readonly RecordChecks[];
}

/**
 * `checkRecord` of `@tip/schema` for the record types given, with the language required, so a bundle carries no
 * other type's schema, rules or code lists and no other language (English included), and without the
 * `z.compile` fast path (about 8 KB gzip) that pays off only on large files. The same checks, issues and
 * messages for a record of an accepted type; never throws on data. For a national profile, see
 * `checkRecordWithProfile`.
 */
export function checkRecord(data: unknown, options: CheckOptionsWithLocale): CheckResult {
  return checkRecordIn(data, options.locale, options, setupOf(options.recordTypes));
}

/** Options of `checkRecordWithProfile`: those of `@tip/schema`'s `checkRecord`, with the language and profile. */
export interface ProfileCheckOptions extends CheckOptions {
  /** Language of the messages, e.g. `esMessages` from `@tip/schema/locales/es/messages`. */
  readonly locale: MessageLocale;
  /** The national profile (from `loadProfile` of `@tip/schema`). */
  readonly profile: Profile;
}

/**
 * `checkRecord` of `@tip/schema` with a national profile, for every record type (a profile may change any of
 * them): the language required, without the `z.compile` fast path. Imported apart from `checkRecord`, so a page
 * that applies no profile carries none of this.
 */
export function checkRecordWithProfile(data: unknown, options: ProfileCheckOptions): CheckResult {
  withProfiles ??= {
    checks: new Map(Object.entries(CHECKS_BY_RECORD_TYPE)),
    parserFor: (recordType) => CHECKS_BY_RECORD_TYPE[recordType].schema,
    withProfile: checkWithProfile,
  };
  return checkRecordIn(data, options.locale, options, withProfiles);
}

// Made on first use: a top-level value would keep every record type in a bundle that never asks for profiles.
let withProfiles: CheckSetup | undefined;

const setups = new WeakMap<readonly RecordChecks[], CheckSetup>();

/** The setup of a list of accepted record types, made once per list. */
function setupOf(recordTypes: readonly RecordChecks[]): CheckSetup {
  let setup = setups.get(recordTypes);
  if (setup === undefined) {
    if (!Array.isArray(recordTypes))
      throw new TypeError("checkRecord needs recordTypes, e.g. [victimChecks]");
    const checks = new Map<string, RecordChecks>(recordTypes.map((given) => [given.recordType, given]));
    const parserFor = (recordType: RecordType): z.ZodType => (checks.get(recordType) as RecordChecks).schema;
    setup = { checks, parserFor };
    setups.set(recordTypes, setup);
  }
  return setup;
}
