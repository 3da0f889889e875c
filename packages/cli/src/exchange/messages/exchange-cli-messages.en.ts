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
  node: {
    badUrl: "{option} needs a node URL starting with http:// or https://, not “{value}”",
    unreachable: "cannot reach the node at {url}: {reason}",
    refused: "the node refused the request (HTTP {status}, {code})",
    envelopeRefused: "the node refused the envelope: {reason}",
    badId: "{option} needs a message id written as a UUID, not “{value}”",
  },
  serve: {
    description:
      "Run this agency's exchange node: an HTTP API through which trusted agencies send envelopes (stored encrypted, as received) and status updates with signed requests, answered with signed receipts; this agency lists, fetches and acknowledges what arrived with tip inbox. Data in PostgreSQL: --database-url or DATABASE_URL, else an embedded PostgreSQL in --data-dir. Ctrl-C stops it. Exit code 0: stopped; 2: usage error, unreadable keys, or a port or database that cannot be used.",
    trust:
      "the trusted directory, or public JWK Sets, of the agencies that may call, this agency included (repeat for several)",
    port: "port to listen on (default: 8080)",
    host: "address to listen on (default: 127.0.0.1; put a TLS proxy in front to serve other hosts)",
    dataDir: "folder of the embedded database (default: tip-node-data)",
    databaseUrl: "URL of a PostgreSQL server (default: DATABASE_URL; without it, the embedded database)",
    maxMb: "largest envelope accepted, in MiB (default: 64)",
    listening: "Node of agency {agency} listening on {url} (database: {database}). Press Ctrl-C to stop it.",
    stopped: "Node stopped.",
    cannotStart: "the node could not start: {reason}",
    badPort: "{option} needs a port number from 0 to 65535, not “{value}”",
  },
  send: {
    description:
      "Send a sealed envelope to the receiving agency's node with a request signed by this agency's key, and check the signed receipt it answers with. Exit code 0: accepted; 1: rejected because the bundle has invalid records (issue codes listed); 2: refused, usage error, unreadable input or node unreachable.",
    envelope: "the sealed envelope to send (from tip seal)",
    to: "the receiving agency's node URL",
    trust:
      "the receiving agency's public JWK Set, or the directory, to verify its receipt (repeat for several)",
    receipt: "file to write the signed receipt to",
    accepted: "Message {id} accepted by agency {agency}.",
    rejected:
      "Message {id} rejected by agency {agency}: the bundle has invalid records ({count} issue code(s)).",
    issue: "  {code}: {count}",
    verified: "The receipt's signature was verified.",
    receiptInvalid: "the node's answer is not a valid receipt from the receiving agency: {reason}",
    replayed:
      "The node received message {id} before and refuses it again; the first receipt says: {outcome}.",
    receiptWritten: "Receipt written to {file}.",
  },
  inbox: {
    description: "This agency's inbox on its own node: list, fetch and acknowledge the envelopes received.",
    from: "this agency's node URL",
    listDescription:
      "List the envelopes received, oldest first, one JSON object a line (ids, sender, purpose, times: no content). Exit code 0: listed; 2: usage error, or the node is unreachable or refuses.",
    pending: "only the envelopes not acknowledged yet",
    after: "list those after this position (the seq of the last one seen)",
    listed: "{count} envelope(s) listed.",
    fetchDescription:
      "Fetch an envelope as received (still encrypted), to open it with tip open. Exit code 0: written; 2: no such envelope, usage error, or the node is unreachable or refuses.",
    messageId: "the envelope's message id",
    output: "file to write the envelope to (default: standard output)",
    fetched: "Envelope {id} written.",
    ackDescription:
      "Acknowledge an envelope once it is taken into this agency's own systems. Exit code 0: acknowledged; 2: no such envelope, usage error, or the node is unreachable or refuses.",
    acknowledged: "Envelope {id} acknowledged ({at}).",
  },
} as const satisfies ExchangeCliMessages;
