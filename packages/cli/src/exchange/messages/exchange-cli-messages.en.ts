import type { ExchangeCliMessages } from "./exchange-cli-messages.js";

/** English texts of the exchange commands. */
export const exchangeCliMessagesEn = {
  common: {
    lang: "language of the messages: en, es, fr or pt (default: from LANG, else en)",
    key: "this agency's private key file (from tip keys new)",
    keyFile: "{option} “{file}”: {problem}",
  },
  keys: {
    description: "Manage an agency's keys for the secure exchange.",
    newDescription:
      "Create an agency's keys: a private key file (readable by you only; keep it secret) and a public JWK Set to give to partner agencies. Exit code 0: written; 2: usage error or keys already there.",
    agency: "the agency's id (a UUID, as in the bundles it sends)",
    country: "the agency's country, ISO 3166-1 alpha-2 (published with the keys)",
    validFrom: "first moment the keys may be used, ISO 8601 (default: no start)",
    validUntil: "moment from which the keys may no longer be used, ISO 8601, for a planned rotation",
    outputDir: "folder to write private.jwks.json and public.jwks.json into (created if missing)",
    written:
      "Keys of agency {agency} written to {dir}: private.jwks.json (private, readable by you only) and public.jwks.json (give it to partner agencies). Key ids: signing {sig}, encryption {enc}.",
    keepPrivate:
      "Never send, publish or copy private.jwks.json into a shared place: whoever has it can sign as your agency and read what is sent to it.",
    exists:
      "{dir} already holds {file}: keys are never overwritten. Use another folder (rotation: publish both key sets).",
    badAgency: "{option} needs an agency id written as a UUID, not “{value}”",
    badCountry: "{option} needs an ISO 3166-1 alpha-2 country code such as TT, not “{value}”",
    badTime:
      "{option} needs a moment written in ISO 8601 with an offset (2024-01-01T00:00:00Z), not “{value}”",
    badPeriod: "--valid-until must come after --valid-from",
  },
  seal: {
    description:
      "Sign a bundle with this agency's key and encrypt it for the receiving agencies, after checking each person's consent covers the purpose and the recipients (no consent, no envelope). Exit code 0: sealed; 1: the bundle may not be sent as it is (records named by place); 2: usage error or unreadable input.",
    bundle: "the exchange bundle to send (JSON)",
    to: "a receiving agency's public JWK Set, or a directory of agencies (repeat for several)",
    purpose: "why the data are shared, a consent purpose: {choices}",
    agreement: "reference of the data-sharing agreement (letters, digits and ._:/-)",
    retention: "how long the receiver may keep the data, ISO 8601 duration such as P5Y, P6M or P90D",
    expiresIn: "days the envelope may be opened, 1 to 366 (default: 7)",
    inReplyTo: "message id of the envelope this one answers",
    mark: "a record's own TLP marking, as <record id>=<TLP> (repeat for several)",
    output: "file to write the envelope to (default: standard output)",
    sealed: "Sealed message {id} for {count} agency(ies): {recipients}. It may be opened until {expiresAt}.",
    refusedMore: "… and {count} more.",
    badMark: "{option} needs <record id>=<TLP> with a TLP of {choices}, not “{value}”",
    notJson: "“{file}” is not a JSON document",
  },
  open: {
    description:
      "Decrypt an envelope sent to this agency, verify who signed it against the trusted keys, refuse replays, expired envelopes and revoked keys, and validate the bundle. Exit code 0: opened and valid; 1: opened, but the bundle has invalid records; 2: refused (nothing written), usage error or unreadable input.",
    envelope: "the envelope received (JSON)",
    trust: "the trusted directory, or a sending agency's public JWK Set (repeat for several)",
    seen: "file of the message ids opened before, to refuse replays across runs (created if missing)",
    output: "file to write the bundle to (default: standard output)",
    receipt: "file to write a signed receipt to, for the sender: accepted, or rejected with the issue codes",
    opened:
      "Opened message {id} from agency {sender}: purpose {purpose}, agreement {agreement}, keep for {retention}, TLP:{tlp}.",
    markings: "{count} record(s) carry a TLP marking of their own.",
    valid: "The bundle is valid: {count} record(s).",
    invalid:
      "The bundle is not valid: {errors} error(s); {invalid} of {count} record(s) invalid. Answer with a rejection (see --receipt).",
    receiptWritten: "Receipt {id} ({outcome}) written.",
    badSeen: "cannot use “{file}” as the list of opened messages: line {line} is not an entry of it",
  },
} as const satisfies ExchangeCliMessages;
