import type { IssueMessages, ProfileMessages } from "./issue-messages.js";

/** English issue messages. `{field}` is replaced by the field's label; no message ever shows a field's value. */
export const messagesEn = {
  not_an_object: "Expected a record (a JSON object).",
  invalid_record_type: "Unknown or missing record type.",
  required: "{field} is required.",
  unknown_field:
    "Key number {position} of this object is not a field of the standard: only fields of the standard are allowed outside “extensions”.",
  invalid_type: "{field} has the wrong type (expected {expected}).",
  invalid_code: "{field} is not a code of its list.",
  invalid_format: "{field} is not in the expected format ({format}).",
  too_small: "{field} is too small or too short (minimum {minimum}).",
  too_big: "{field} is too large or too long (maximum {maximum}).",
  invalid_value: "{field} has a value that is not allowed.",
  former_country_code:
    "{field} holds a former country whose code was withdrawn with no single successor; it is kept as written.",
  adult_victim_without_means:
    "No means is recorded for an adult victim: the Palermo Protocol (Art. 3(a)) requires one for adults, some national laws do not. Record {field} or the means of control if there were any.",
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
  empty_input: "The input holds no record.",
  invalid_json: "This text is not valid JSON.",
  invalid_utf8:
    "This text is not valid UTF-8: save the file as UTF-8, or give its encoding (for example windows-1252).",
  invalid_encoding: "This text is not valid {encoding}; the rest of the input was not checked.",
  nul_byte: "This text contains a NUL byte: the file may be binary or in UTF-16.",
  line_too_long:
    "This line is longer than the limit of {maxBytes, plural, one {# byte} other {# bytes}}; it was skipped.",
  record_too_large:
    "This record is larger than the limit of {maxBytes, plural, one {# byte} other {# bytes}}; it was skipped.",
  truncated_input: "The input ends in the middle of a record: the file may be truncated.",
  nesting_too_deep:
    "Objects or arrays are nested more than {maxDepth, plural, one {# level} other {# levels}} deep; the record was not checked.",
  unreadable_value:
    "This value cannot be read as data (a property or proxy that fails when read, a function); the record was not checked.",
  value_too_large:
    "This value holds more than {maxValues, plural, one {# value} other {# values}} in all; the record was not checked.",
  duplicate_key:
    "Key number {position} of this object repeats an earlier key of the object, or a key is repeated inside it.",
  not_declared_format: "The input is not in the declared format ({declared}); it was not checked.",
  csv_missing_column: "{field} is required but the CSV has no column “{column}”.",
  csv_extra_column: "Column {column} is not a field of this record type; its values were ignored.",
  csv_duplicate_column: "Column {column} repeats the name of an earlier column of the header.",
  csv_row_length:
    "This row has {count, plural, one {# cell} other {# cells}} but the header has {expected, plural, one {# column} other {# columns}}.",
  csv_malformed: "This CSV row cannot be read ({reason}).",
  duplicate_id: "Another record of the input already has this id.",
  dangling_reference: "{field} refers to a record that is not in the input.",
  referral_chain_cycle:
    "{field} sends the person back to an agency that already referred them: the referrals go round in a circle.",
  bundle_header_mismatch: "{field} in the bundle header does not match the country of the agency it names.",
  aggregate_value_missing: "A figure has neither a value nor a withheld marker.",
  aggregate_value_and_suppressed: "A withheld figure also has a value.",
  aggregate_category_mismatch: "{field} does not belong to the figure's breakdown.",
  anonymous_contact_with_identity: "An anonymous contact records {field}.",
  helpline_referral_without_link: "A referred contact links no victim or case record.",
  presumed_victim_without_indicators: "A presumed victim is concluded without any indicator found.",
  screening_indicator_repeated: "This indicator is already listed in the screening.",
  screening_tool_name_missing: "A tool marked other has no {field}.",
  protection_detail_missing: "The measure's kind needs {field}.",
  protection_detail_of_other_kind: "{field} does not belong to the measure's kind.",
  compensation_paid_not_awarded: "Compensation is marked paid but not awarded.",
  compensation_paid_exceeds_award: "{field} is larger than the amount awarded.",
  perpetrator_unknown_with_others: "{field} lists unknown together with known perpetrators.",
  joint_investigation_one_country:
    "{field} names fewer than two countries, but a joint investigation involves two or more States.",
  legal_assistance_same_country:
    "{field} is the same as the requesting country: mutual legal assistance is between two States.",
  criminal_group_too_small:
    "{field} is below three: an organized criminal group has three or more persons (UNTOC Art. 2(a)).",
  platforms_without_online_channel: "Online platforms are given but {field} does not include online.",
} as const satisfies IssueMessages;

/** English messages of the problems of a profile document (`loadProfile`). */
export const profileMessagesEn = {
  profile_invalid_json: "The profile is not valid JSON (near character {position, number}).",
  profile_forbidden_key: "This key is not allowed in a profile.",
  profile_too_deep: "The profile nests more deeply than a profile can.",
  profile_invalid: "This part does not follow the profile format ({problem}).",
  profile_unknown_base: "No profile with this id is known; give the file of the profile it is based on.",
  profile_base_cycle: "The profile is based on itself through basedOn.",
  profile_unknown_rule: "No rule of the model has this code.",
  profile_relaxes_error:
    "This rule is an error in core: a profile may make rules stricter, never relax an error.",
  profile_unknown_field: "No field of the model has this path.",
  profile_unknown_code_list: "No code list has this id.",
  profile_unknown_code: "This code is not in the base code list.",
  profile_code_exists: "This code is already in the code list.",
  profile_code_list_exists: "A code list with this id already exists.",
  profile_field_exists: "The base profile already declares this extension field.",
  profile_missing_code_list: "Fields of type code or codes need a code list, and only they may have one.",
} as const satisfies ProfileMessages;

/** Said after a message whose key cannot be shown: which key of the object, by its place from 1. */
export const positionNoteEn = "See key number {position} of this object.";

/** Said after a message about an unknown key when a field of the object is close to it: the field's name. */
export const suggestionNoteEn = "Did you mean `{suggestion}`?";
