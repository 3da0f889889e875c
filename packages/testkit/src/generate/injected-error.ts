import type { IssueCode } from "@tip/schema";

/** The realistic mistakes the generator can put in a record (see `ERROR_KINDS` for what each one is). */
export type ErrorKind =
  // victims
  | "recruitment_after_start"
  | "citizenship_typo"
  | "alpha3_citizenship"
  | "age_mismatch"
  | "labour_industry_without_labour"
  | "age_as_text"
  // published figures (aggregate)
  | "figure_without_value"
  | "withheld_figure_with_value"
  | "form_in_citizenship_breakdown"
  | "country_in_form_breakdown"
  | "figure_as_text"
  // helpline contacts, screenings, protection measures, SGBV incidents
  | "channel_in_words"
  | "anonymous_caller_named"
  | "indicator_entered_twice"
  | "strength_as_scale"
  | "measure_without_detail"
  | "paid_without_award"
  | "compensation_without_currency"
  | "currency_as_symbol"
  | "permit_ends_before_start"
  | "unknown_perpetrator_with_known"
  | "incident_type_umbrella"
  // operations, financial inquiries, legal assistance requests, criminal groups, prevention activities
  | "operation_dates_swapped"
  | "alpha3_operation_country"
  | "inquiry_dates_swapped"
  | "inquiry_asset_without_currency"
  | "alpha3_inquiry_country"
  | "request_to_own_country"
  | "request_received_before_sent"
  | "group_asset_without_currency"
  | "members_as_text"
  | "structure_outside_typology"
  | "platforms_without_online"
  | "activity_dates_swapped"
  | "alpha3_activity_country";

/** The record types the generator puts mistakes in. */
export type BreakableRecordType =
  | "victim"
  | "aggregate"
  | "helplineContact"
  | "screening"
  | "protectionMeasure"
  | "sgbvIncident"
  | "operation"
  | "financialInquiry"
  | "legalAssistanceRequest"
  | "criminalGroup"
  | "preventionActivity";

/** A mistake put in a record on purpose, with the issue `checkRecord` must report for it. */
export interface InjectedError {
  readonly kind: ErrorKind;
  /** The type of record it is put in. */
  readonly recordType: BreakableRecordType;
  /** Issue code expected from `checkRecord`, always of severity `error`. */
  readonly code: IssueCode;
  /** JSON Pointer at which the issue is expected (other issues of the same code may accompany it). */
  readonly path: string;
  readonly description: string;
}
