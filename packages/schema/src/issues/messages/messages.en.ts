import type { IssueMessages } from "./issue-messages.js";

/** English issue messages. `{field}` is replaced by the field's label; no message ever shows a field's value. */
export const messagesEn = {
  not_an_object: "Expected a record (a JSON object).",
  invalid_record_type: "Unknown or missing record type.",
  required: "{field} is required.",
  unknown_field: "Unknown field “{key}”: only fields of the standard are allowed outside “extensions”.",
  invalid_type: "{field} has the wrong type (expected {expected}).",
  invalid_code: "{field} is not a code of its list.",
  invalid_format: "{field} is not in the expected format ({format}).",
  too_small: "{field} is too small or too short (minimum {minimum}).",
  too_big: "{field} is too large or too long (maximum {maximum}).",
  invalid_value: "{field} has a value that is not allowed.",
  adult_victim_without_means:
    "An adult identified as a victim needs at least one means (Palermo Protocol Art. 3): record {field} or the means of control.",
  dates_out_of_order: "{field} is earlier than {earlierField}.",
  age_inconsistent_with_birth_date: "{field} does not agree with the birth date.",
  majority_status_inconsistent: "{field} does not agree with the age.",
  labour_detail_without_forced_labour: "{field} is given but no labour form of exploitation is recorded.",
  sexual_exploitation_type_without_sexual_exploitation:
    "{field} is given but sexual exploitation is not among the forms of exploitation.",
  implausible_age_for_labour: "{field} is {max} or less for labour exploitation: please check.",
  sentence_without_conviction: "{field} are recorded without a conviction.",
  amount_without_currency: "An amount is given without {field}.",
  iccs_code_missing_for_purpose: "{field} lack ICCS code {code} for this purpose of exploitation.",
  cross_border_referral_same_country:
    "A cross-border referral has the same sending and receiving country ({field}).",
  domestic_referral_different_countries:
    "The sending and receiving countries differ but {field} says the referral is not cross-border.",
  referral_status_transition_invalid: "A referral cannot move from “{from}” to “{to}”.",
  referral_status_not_latest: "{field} is not the last status of the status history.",
  return_without_risk_assessment: "A return referral has been sent without {field}.",
  referral_without_consent: "The referral has been sent without {field}.",
  contact_point_unreachable: "A contact point has neither an e-mail address nor a phone number.",
  schema_version_unsupported: "{field} is not supported by this SDK (supported: {supported}).",
} as const satisfies IssueMessages;
