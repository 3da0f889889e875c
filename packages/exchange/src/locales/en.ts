import type { ExchangeTexts } from "../i18n/exchange-texts.js";

/** English texts of @tip/exchange. */
export const en = {
  locale: "en",
  refusals: {
    too_large: "Refused: the envelope is larger than allowed.",
    not_json: "Refused: the envelope is not JSON text in UTF-8.",
    not_an_envelope:
      "Refused: this is not an envelope of the exchange (a JWE in general JSON serialization).",
    unsupported_algorithm: "Refused: the envelope uses algorithms the exchange does not accept.",
    header_invalid: "Refused: the envelope header is missing or not valid.",
    not_a_recipient: "Refused: the envelope is not addressed to this agency.",
    undecryptable:
      "Refused: the envelope cannot be decrypted; it was altered or not encrypted for this agency's key.",
    signed_content_invalid: "Refused: the content of the envelope is not a signed bundle of the exchange.",
    unknown_key: "Refused: the signing key {kid} is not in the trusted directory.",
    sender_key_mismatch: "Refused: the signing key {kid} does not belong to the agency named as sender.",
    key_revoked: "Refused: the signing key {kid} has been revoked.",
    key_not_valid: "Refused: the signing key {kid} was not valid when the message says it was made.",
    bad_signature: "Refused: the signature does not match (key {kid}); the content was altered or forged.",
    header_mismatch: "Refused: the envelope header differs from the header the sender signed.",
    not_yet_valid: "Refused: the message says it was made in the future; check the clocks.",
    expired: "Refused: the envelope has expired.",
    replayed: "Refused: this message was opened before (a replay).",
    replay_check_failed: "Refused: the record of messages already opened could not be checked.",
    payload_invalid: "Refused: the signed content is not a bundle in canonical JSON.",
    bundle_sender_mismatch: "Refused: the bundle names another sender than the envelope.",
    not_a_message: "Refused: this is not a receipt or status message of the exchange.",
    not_the_expected_reply: "Refused: the message does not answer the envelope expected.",
    open_failed: "Refused: the envelope could not be processed.",
  },
  sealProblems: {
    option_invalid: "Not sealed: the option {option} is not valid.",
    no_recipients: "Not sealed: no recipient agency was given.",
    recipient_has_no_key: "Not sealed: agency {agency} has no encryption key valid now.",
    sender_key_not_valid: "Not sealed: the sender has no signing key valid now.",
    not_a_bundle: "Not sealed: the input is not an exchange bundle with records and a TLP marking.",
    bundle_unreadable: "Not sealed: the bundle cannot be read as JSON data.",
    forbidden_key:
      "Not sealed: the bundle holds a __proto__, constructor or prototype key, which no bundle may hold.",
    bundle_sender_mismatch: "Not sealed: the bundle names another sender than the agency of the key.",
    recipient_not_named: "Not sealed: agency {agency} is not among the recipients the bundle names.",
    marking_invalid:
      "Not sealed: record marking {index} names no record of the bundle, a record twice, or no TLP code.",
    export_refused:
      "Not sealed: {count, plural, one {# record} other {# records}} may not be sent for this purpose to these recipients (no consent, no envelope).",
  },
  keyProblems: {
    not_json: "The key file is not JSON text in UTF-8.",
    too_large: "The key file is larger than allowed.",
    not_a_key_file: "The key file is not in the exchange's format ({place}).",
    private_key_in_public_file:
      "The file holds a private key ({place}): publish and trust only the public file.",
    not_a_private_key: "The key file holds a public key where a private one is needed ({place}).",
    alg_mismatch: "A key's algorithm does not match its use ({place}).",
    empty_period: "A key's period of validity ends before it starts ({place}).",
    duplicate_kid: "A key id is used twice ({place}).",
    agency_twice: "An agency is listed twice ({place}).",
    unusable_key: "A key cannot be used: it is not a valid P-256 key ({place}).",
    no_signing_key: "The key file holds no signing key.",
    no_encryption_key: "The key file holds no encryption key.",
  },
  wholeDocument: "the whole document",
} as const satisfies ExchangeTexts;
