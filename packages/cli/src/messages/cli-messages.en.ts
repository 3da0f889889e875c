import type { CliMessages } from "./cli-messages.js";

/** English texts of the `tip` command. */
export const cliMessagesEn = {
  locale: "en",
  programDescription: "Check and exchange trafficking-in-persons data in the TIP model.",
  helpOption: "display help for command",
  helpCommand: "display help for command",
  versionOption: "output the version number",
  modelVersion: "data model {version}",
  exitCodes:
    "Exit codes: 0 done, nothing left out; 1 invalid data, or records left out or not written; 2 usage error, unreadable input or unwritable output.",
  defaultValue: "(default: {value})",
  titles: {
    "Usage:": "Usage:",
    "Arguments:": "Arguments:",
    "Options:": "Options:",
    "Commands:": "Commands:",
    "Global Options:": "Global Options:",
  },
  validate: {
    description:
      "Check data files (NDJSON, JSON bundle or CSV) against the TIP model. Exit code 0: all records valid; 1: invalid records found; 2: usage error or unreadable input.",
    files:
      "files or glob patterns to check (.ndjson/.jsonl, .json, .csv); - or a pipe reads standard input, its format sniffed",
    format: "report format: text or json (default: text)",
    lang: "language of the report: en, es, fr or pt (default: from LANG, else en)",
    maxIssues: "most issues to list; counting goes on (default: {default})",
    workers:
      'worker threads for NDJSON: a number (0: one thread), "all-cores", one per core, or "auto", one per core but one (default: all-cores)',
    inputFormat:
      "input format: ndjson, json or csv (default: from the file extension; for standard input, from its first bytes)",
    recordType: "record type of CSV rows: {choices}",
    progress: "Checking {file}",
    filesChecked: "Files checked: {count}",
    output: "file to write the report to (default: standard output)",
    severity:
      "list only issues of this severity or worse: error, warning or info (default: info); counts and the exit code do not change",
    validOnly:
      "also write the valid records, one JSON per line, to this file (NDJSON or JSON files only); the others are counted in the report",
    validWritten: "valid records written to the file of --valid-only: {count, number}",
    environment:
      "Environment: LC_ALL, LC_MESSAGES or LANG choose the default language; NO_COLOR turns colours off (colours are used only on a terminal) and FORCE_COLOR turns them on (0 or false: off). A progress bar is shown on stderr for files over 5 MB when stderr is a terminal.",
  },
  profile: {
    option:
      "national profile: a shipped id (palermo, mx, ar) or a profile JSON file; its rules, code lists and extension fields apply",
    unreadable: "cannot read the profile “{file}”: {reason}",
    issue: "profile {profile} at {pointer}: {message}",
    folded:
      "records written with the core codes their national codes fold to ({format} knows core codes only): {count, number}",
  },
  textInput: {
    encoding:
      "text encoding of the input: auto, utf-8, utf-16le, utf-16be, windows-1252 (also latin1) or iso-8859-15 (default: auto: UTF-16 by its byte order mark, otherwise UTF-8; other bytes are refused, never replaced)",
    delimiter:
      "CSV cell delimiter: , ; or tab (default: the one in the header line; with ; numbers use a decimal comma, as Excel writes them in Spanish, French or Portuguese)",
  },
  errors: {
    prefix: "error",
    helpHint: "Run “{command} --help” for usage.",
    unknownOption: "unknown option “{token}”",
    unknownCommand: "unknown command “{token}”",
    missingArgument: "missing required argument “{token}”",
    optionMissingArgument: "option “{token}” needs a value",
    excessArguments: "too many arguments",
    didYouMean: "did you mean {token}?",
    badChoice: "“{value}” is not a valid value of {option}: use one of {choices}",
    badMaxIssues: "{option} needs a whole number of 0 or more, not “{value}”",
    unknownExtension:
      "cannot tell the format of “{file}” from its name: give --input-format ndjson, json or csv",
    stdinNeedsFormat: "reading standard input (-) needs --input-format ndjson, json or csv",
    stdinTwice: "standard input (-) can be read only once",
    noMatch: "no file matches the pattern “{pattern}”",
    validOnlyNeedsFiles:
      "--valid-only reads each input twice: “{file}” must be an NDJSON or JSON file, not CSV or standard input",
    unreadable: "cannot read “{file}”: {reason}",
    internal: "unexpected failure while checking “{file}” ({name}); no record content is shown",
    unexpected: "unexpected failure ({name}); no record content is shown",
    invalidEncoding:
      "“{file}” is not {encoding} text at line {line} (byte {byte}); if a Windows program saved it, give --encoding windows-1252",
    unknownModelVersion:
      "“{file}” line {line} is in model version {found}, which cannot be upgraded to {current} (unknown or newer than this tip)",
    nulByte: "“{file}” has a NUL byte at line {line}: it is binary or in another encoding (see --encoding)",
  },
  workbook: {
    overLimit: "the workbook is over the reader's limit {limit} = {max}{place}; nothing was converted",
    unreadable: "the input is not a readable .xlsx workbook: {fault}{place}",
    sheet: "sheet {n}",
    row: "row {n}",
    column: "column {n}",
    notText:
      "the input is an .xlsx workbook, but --from {format} reads text: workbooks are read with --from htcds or --from ctdc",
    faults: {
      not_a_zip: "it is not a zip archive",
      damaged_zip: "its zip archive is damaged or cut short",
      encrypted: "it is encrypted or compressed in a way the reader does not know",
      no_workbook: "it has no workbook part",
      no_sheet: "it has no sheet at that position",
      missing_part: "a part it needs is missing",
      malformed_xml: "a part is not well-formed XML",
      bad_reference: "a cell or row reference is not valid",
    },
  },
  reasons: {
    ENOENT: "no such file",
    EACCES: "permission denied",
    EISDIR: "it is a directory",
    notAFile: "not a regular file",
    other: "system error {code}",
  },
  output: {
    input: "the input",
    sameFile: "{first} and {second} are the same file: give {second} another file",
    unwritable: "cannot write the file of {option}: {reason}; nothing was written",
    stdoutFailed: "cannot write to standard output: {reason}",
    binaryToStdout: "this output is binary: give {option} <file>",
    notAFolder: "{option} names a file, not a folder: give a folder; nothing was written",
    holdsInput: "{option} is or holds the files this command reads: give another folder; nothing was written",
    notOwnFolder:
      "{option} already holds files or folders this command would replace but did not write: give an empty or new folder; nothing was written",
    reasons: {
      ENOENT: "its folder does not exist",
      EACCES: "permission denied",
      EISDIR: "it is a directory",
      ENOSPC: "no space left on the device",
      EROFS: "the file system is read-only",
      other: "system error {code}",
    },
    workersCapped: "--workers {asked} is more than the {cores} cores available: using {cores}",
    records: "records: {read, number} read, {written, number} written, {skipped, number} skipped",
    skippedReason: "{count, number} skipped: {reason}",
    otherTypesHint: "give -o <file> to write each record type to its own file",
    migrated: "{records, plural, one {# record} other {# records}} upgraded from model {from} to {to}",
    migrationChange: "{count, number} changed: {kind}",
    otherTypeFiles:
      "{count, plural, one {# other record type} other {# other record types}} written beside {option}: {names}",
    notesInReport:
      "{count, plural, one {# field note} other {# field notes}} on how values were read or written: in the file of {option}",
    notesHint:
      "{count, plural, one {# field note} other {# field notes}} on how values were read or written: give {option} <file> to read them",
  },
  /** `tip docs`, `tip schema` and `tip synth`. */
  generators: {
    docs: {
      description:
        "Write the documentation site of the standard (data dictionary, code lists, mappings, rules) as static HTML.",
      out: "folder to write the site to",
      lang: "languages of the site: en, es, fr, pt or all (default: all); several with commas",
      written: "Documentation site written ({langs}): {entry}",
    },
    schema: {
      description: "Write the JSON Schema (draft 2020-12) of every record type.",
      out: "folder to write the schemas to (default: the current folder)",
      written: "{count, plural, one {# JSON Schema file} other {# JSON Schema files}} written to {dir}",
      writtenProfile:
        "{count, plural, one {# JSON Schema file} other {# JSON Schema files}} of the profile {profile} written to {dir}",
    },
    synth: {
      description:
        "Write synthetic, fictitious TIP records as NDJSON (one record per line) for tests and demonstrations.",
      count: "number of victim records; cases, perpetrators, agencies and referrals come with them",
      seed: "seed of the generator: the same seed always gives the same records",
      country: "ISO 3166-1 alpha-2 code of the reporting country (default: TT)",
      errorRate:
        "share of records made invalid on purpose, from 0 to 1 (default: 0): victims, and the figures, protection, prosecution and prevention records written with them",
      aggregates:
        "also write the figures the country would publish from these records (aggregate records, GLOTIP-shaped), after them",
      protection:
        "also write, around each victim, helpline contacts, screenings, protection measures and incidents of sexual or gender-based violence",
      prosecution:
        "also write the prosecution and prevention records: criminal groups, operations, financial inquiries, mutual legal assistance requests and prevention activities",
      out: "file to write; - or no option writes to standard output",
      written: "{count, plural, one {# record} other {# records}} written to {file}",
    },
    errors: {
      badCount: "{option} needs a whole number of 0 or more, not “{value}”",
      badRate: "{option} needs a number from 0 to 1, not “{value}”",
      badCountry: "“{value}” is not an ISO 3166-1 alpha-2 country code (such as TT, MX or BR)",
      missingOption: "option {option} is required",
      unwritable: "cannot write “{file}”: {reason}",
    },
  },
  /** `tip keys new`, `tip seal` and `tip open`. */
  exchange: {
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
      sealed:
        "Sealed message {id} for {count, plural, one {# agency} other {# agencies}}: {recipients}. It may be opened until {expiresAt}.",
      refusedMore: "… and {count, number} more.",
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
      receipt:
        "file to write a signed receipt to, for the sender: accepted, or rejected with the issue codes",
      opened:
        "Opened message {id} from agency {sender}: purpose {purpose}, agreement {agreement}, keep for {retention}, TLP:{tlp}.",
      markings: "{count, plural, one {# record carries} other {# records carry}} a TLP marking of their own.",
      valid: "The bundle is valid: {count, plural, one {# record} other {# records}}.",
      invalid:
        "The bundle is not valid: {errors, plural, one {# error} other {# errors}}; {invalid, number} of {count, plural, one {# record} other {# records}} invalid. Answer with a rejection (see --receipt).",
      receiptWritten: "Receipt {id} ({outcome}) written.",
      badSeen: "cannot use “{file}” as the list of opened messages: line {line} is not an entry of it",
    },
    node: {
      badUrl: "{option} needs a node URL starting with http:// or https://, not “{value}”",
      unreachable: "cannot reach the node at {url}: {reason}",
      refused: "the node refused the request (HTTP {status}, {code})",
      envelopeRefused: "the node refused the envelope: {reason}",
      badId: "{option} needs a message id written as a UUID, not “{value}”",
      deleted:
        "the node no longer keeps this envelope: its content was deleted at {at} because {because, select, retention {the retention period its sender set had run out} expired {it expired before this agency acknowledged it} other {its time had run out}}; its message id and receipt are kept, and it can still be acknowledged",
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
      purgeMinutes:
        "the longest wait between deletions of the envelope contents the node may no longer keep (retention run out, or expired before being acknowledged); the node also deletes when the next one falls due. In minutes (default: 60; 0: never)",
      listening:
        "Node of agency {agency} listening on {url} (database: {database}). Press Ctrl-C to stop it.",
      stopped: "Node stopped.",
      cannotStart: "the node could not start: {reason}",
      badPort: "{option} needs a port number from 0 to 65535, not “{value}”",
      badPurge: "{option} needs a number of minutes from 0 to {max}, not “{value}”",
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
        "Message {id} rejected by agency {agency}: the bundle has invalid records ({count, plural, one {# issue code} other {# issue codes}}).",
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
      listed: "{count, plural, one {# envelope} other {# envelopes}} listed.",
      fetchDescription:
        "Fetch an envelope as received (still encrypted), to open it with tip open. Exit code 0: written; 2: no such envelope or its content deleted (retention run out or expired), usage error, or the node is unreachable or refuses.",
      messageId: "the envelope's message id",
      output: "file to write the envelope to (default: standard output)",
      fetched: "Envelope {id} written.",
      ackDescription:
        "Acknowledge an envelope once it is taken into this agency's own systems. Exit code 0: acknowledged; 2: no such envelope, usage error, or the node is unreachable or refuses.",
      acknowledged: "Envelope {id} acknowledged ({at}).",
    },
    receipt: {
      description: "Signed receipts kept as files.",
      verifyDescription:
        "Verify a signed receipt kept as a file (from tip send --receipt or tip open --receipt): its signature against the receiving agency's published keys, and that it answers an envelope of this agency. Exit code 0: verified, the bundle was accepted; 1: verified, the bundle was rejected for invalid records (issue codes listed); 2: not a valid receipt, usage error or unreadable input.",
      file: "the receipt file",
      trust: "the receiving agency's public JWK Set, or the directory (repeat for several)",
      envelope: "the message id of the envelope the receipt must answer",
      accepted: "Receipt verified: agency {agency} accepted message {id} ({at}).",
      rejected:
        "Receipt verified: agency {agency} rejected message {id} ({at}): the bundle has invalid records ({count, plural, one {# issue code} other {# issue codes}}).",
      invalid: "{file} is not a valid receipt for this agency: {reason}",
    },
    status: {
      description:
        "Tell the agency that sent a referral where it now stands: a status update signed by this agency, posted to the sender's node. Exit code 0: stored by the node; 2: usage error, unreadable key, or the node is unreachable or refuses.",
      status:
        "the referral's new status: a code of referral_status other than draft and sent (accepted, declined, completed…)",
      referral: "the referral record's id",
      sender: "the id of the agency that sent the envelope",
      to: "the sending agency's node URL",
      sent: "Status {status} of referral {referral} (message {id}) stored by {url}.",
      refused: "the node refused the status update: {reason}",
      badUuid: "{option} needs a UUID, not “{value}”",
    },
  },
  /** `tip anonymize`, `tip stats` and `tip export`. */
  privacy: {
    common: {
      lang: "language of messages and labels: en, es, fr or pt (default: from LANG, else en)",
      output: "file to write to (default: standard output)",
      place: "line {line}",
      placeInDocument: "line {line}, {pointer}",
      recordAt: "at line {line}",
      recordAtInDocument: "at line {line} ({pointer})",
      leftOut: "{count, plural, one {# item was} other {# items were}} left out:",
      leftOutMore: "… and {count, number} more.",
      progress: "Reading {file}",
      progressAgain: "Reading {file} again",
      standardInput: "standard input",
      reasons: {
        invalid_json: "not valid JSON",
        invalid_utf8: "not valid UTF-8 text",
        nul_byte: "holds a NUL byte",
        truncated_input: "cut short",
        record_too_large: "larger than the limit of 16 MiB",
        too_deep: "nested deeper than 64 levels",
        not_a_record: "not a record of the model",
        nested_bundle: "a bundle inside the input (give each bundle as a file of its own)",
        failed: "could not be processed",
        not_anonymizable:
          "does not fit the model closely enough to be anonymised (an id that is not a UUID, say)",
      },
      used: "Records read: {read, number}; used: {used, number}; left out: {leftOut, number}.",
      valuesTooLarge:
        "{count, plural, one {# total value was} other {# total values were}} too large to add exactly and {count, plural, one {is} other {are}} left empty.",
    },
    anonymize: {
      description:
        "Remove identifiers, keep only the chosen quasi identifiers, make them k-anonymous and replace ids with keyed pseudonyms. Exit code 0: done; 1: done, but some input was left out; 2: usage error or unreadable input.",
      input:
        "records to anonymise: NDJSON, a JSON bundle or a JSON array; - (or a pipe) reads standard input",
      keyFile:
        "file holding the secret pseudonym key (at least 16 bytes; raw bytes or hex text). The same key gives the same pseudonyms",
      k: "smallest group of records sharing the same quasi identifiers (default: {default})",
      quasi: "quasi identifiers to keep, as field ids separated by commas (default: {default})",
      records:
        "Records read: {read, number}; written: {written, number}; removed for k-anonymity: {suppressed, number}; left out: {leftOut, number}.",
      removed:
        "Removed: {direct, plural, one {# direct identifier} other {# direct identifiers}}, {quasi, plural, one {# quasi identifier} other {# quasi identifiers}}, {other, plural, one {# free-text or other personal value} other {# free-text or other personal values}}, {unknown, plural, one {# unknown field} other {# unknown fields}}.",
      kept: "Quasi identifiers kept: {fields} (k = {k}).",
      before:
        "Before suppression: {classes, plural, one {# group} other {# groups}} under k, holding {records, plural, one {# record} other {# records}}.",
      suppressedValues: "Values suppressed: {list} ({share} of the quasi-identifier values).",
      nothingSuppressed: "No value needed to be suppressed.",
      suppressedRecords: "Records suppressed as a last resort: {count, number}.",
      pseudonyms:
        "Ids are now pseudonyms under your key: this is still personal data. Keep the key apart from the output.",
    },
    stats: {
      description:
        "Count victims (or perpetrators) by the given dimensions, with row, column and grand totals; small cells, and cells that would reveal them, are suppressed. Exit code 0: done; 1: done, but some input was left out; 2: usage error or unreadable input.",
      input: "records to count: NDJSON, a JSON bundle or a JSON array; - (or a pipe) reads standard input",
      by: "dimensions, separated by commas: {choices}",
      minCell: "smallest count published; smaller non-zero counts are suppressed (default: {default})",
      preset: "ready-made table: {choices}",
      population:
        "population table (CSV or JSON: columns population and any of sex, age_group, country, year) for rates per 100,000",
      format:
        "output format: text, csv, json, or glotip (the columns of UNODC's GLOTIP export; add year and country to --by to fill those columns) (default: text)",
      glotipCellsLeftOut:
        "Cells without a GLOTIP row (broken down by two categories at once, or perpetrators over every stage; their figures are in the margins): {count, number}.",
      unit: "what to count: victims, perpetrators, contacts (helpline contacts) or compensated (victims with a compensation paid), by default the first that has every --by dimension; or operations (by country and year) or assets (actions on assets by action and currency)",
      severalForms:
        "how to count a victim with several forms of exploitation: each (under each form, once in totals; default, as GLOTIP tables do) or multiple (once, under “several forms” or GLOTIP’s “mixed or other forms”)",
    },
    export: {
      description:
        "Keep only the records the person's consent and the TLP marking allow to send to an agency for a purpose. Exit code 0: everything may be sent; 1: some records were withheld (each is named by its line); 2: usage error or unreadable input.",
      input: "records to export: NDJSON, a JSON bundle or a JSON array; - (or a pipe) reads standard input",
      to: "id of the receiving agency",
      purpose: "purpose of the export, a consent purpose: {choices}",
      on: "day of the export, YYYY-MM-DD, for consents that expire or are withdrawn (default: today)",
      recipientCountry:
        "country of the receiving agency, for consents given per country (default: from the input)",
      summary:
        "Records read: {read, number}; may be sent: {sent, number}; withheld: {refused, number}; left out: {leftOut, number}.",
    },
    errors: {
      missingOption: "option {option} is required",
      badCount: "{option} needs a whole number of {min} or more, not “{value}”",
      badQuasi:
        "{option}: “{value}” is not a quasi identifier with one value per record (use field ids such as victim.sex)",
      optionNotForUnit: "{option} does not apply to --unit {unit}",
      badDimension: "{option}: “{value}” cannot be counted for {unit}; use {choices}",
      byOrPreset: "give either --by or --preset",
      keyTooShort:
        "the key in “{file}” has {bytes, plural, one {# byte} other {# bytes}}; at least {min} are needed (32 random bytes are recommended)",
      badInput: "“{file}” is neither NDJSON records nor a JSON bundle or array",
      badPopulation: "cannot use the population table “{file}”: {reason}",
      badDate: "{option} needs a date written YYYY-MM-DD, not “{value}”",
      populationColumn: "column {column} of the header is none of population, sex, age_group, country, year",
      populationKey: "row {row}: key number {position} is none of population, sex, age_group, country, year",
      populationRow: "row {row} has no population above zero",
      populationVaries: "the population varies by {key}, but the table is not broken down by {key}",
      populationJson: "not a JSON array of rows",
      brokenInput: "cannot read “{file}” past line {line}: {reason}",
      causes: {
        utf16: "it is UTF-16 text; save it as UTF-8",
        not_json: "something other than JSON follows the document",
        truncated: "it ends inside the document",
      },
      inputChanged:
        "“{file}” changed while it was read ({first} records the first time, {second} the second); nothing can be trusted: run again on a file that is not being written (and not on the output)",
      unwritable: "cannot write “{file}”: {reason}",
    },
  },
  /** `tip convert`. */
  convert: {
    help: {
      description: "Convert HTCDS, CTDC, flat CSV, GLOTIP or canonical NDJSON through the canonical model",
      input:
        "file to convert; - (or a pipe) reads standard input, its format detected unless --from is given",
      from: "input format: {formats} (default: detected)",
      to: "output format: {formats}",
      entity: "record type of flat CSV rows: {entities} (default: detected, else victim)",
      output:
        "output file, .xlsx for the HTCDS template or a GLOTIP workbook (default or -: standard output). With --to csv, records of other types than --entity go to files beside it, named by type: out.csv -> out.case.csv",
      report: "write the conversion report (JSON, no personal values) to this file",
      lang: "language of the summary and errors: en, es, fr or pt (default: from LANG, else en)",
      after:
        "Every record read is written or counted as skipped with its reason (exit 1): CTDC holds victims only; HTCDS holds victims with their case, agency, perpetrator and referrals; flat CSV on standard output holds one record type.",
    },
    headline:
      "tip convert {from} -> {to}: {rows, plural, one {# row} other {# rows}}: {converted, number} converted, {invalid, number} invalid, {skipped, number} skipped, {unread, plural, one {# value} other {# values}} not read, {lossy, plural, one {# lossy field} other {# lossy fields}}",
    formats: {
      htcds: "HTCDS",
      ctdc: "CTDC",
      csv: "flat CSV",
      tip: "canonical NDJSON",
      glotip: "GLOTIP",
    },
    standardInput: "standard input",
    toRequired: "option --to <format> is required ({formats})",
    unknownFormat: "cannot tell the format of “{file}”: give --from",
    line: "line {n}",
    inputErrors: {
      empty_input: "“{file}” holds no row at all{place}; nothing was converted",
      missing_header_row:
        "“{file}” has no header row: no row names the {format} columns{place}; nothing was converted",
      duplicate_column: "the header of “{file}” names a column twice{place}; nothing was converted",
      csv_malformed: "the header of “{file}” cannot be read as CSV{place}; nothing was converted",
      invalid_json:
        "“{file}” is not an XLSForm export in JSON (an array of submissions){place}; nothing was converted",
      other: "“{file}” cannot be converted ({code}){place}; nothing was converted",
    },
  },
  /** `tip template`. */
  template: {
    description:
      "Write a collection template made from the model: an XLSForm questionnaire for KoboToolbox and ODK, or an Excel workbook with drop-down lists and validation. What is collected (the workbook, or the XLSForm JSON or CSV export) reads back with `tip convert --from htcds`.",
    format: "xlsform (questionnaire, labels in all four languages) or xlsx (Excel workbook)",
    lang: "language of the workbook and of the questionnaire's default labels: en, es, fr or pt",
    output: "file to write the template to",
    exitCodes: "Exit codes: 0 written; 2 usage error, profile unreadable or file not writable.",
    written: "{format} template ({lang}) written to {file}",
    writtenProfile: "{format} template ({lang}) for the profile {profile} written to {file}",
    badFormat: "--format {value} is not a template format; use one of: {formats}",
    badLang: "--lang {value} is not a template language; use one of: {langs}",
    missingOption: "{option} is required",
  },
  demo: {
    unknownLang: "Unknown language “{value}”: use en, es, fr or pt",
    stopped: "the demo stopped: tip {command} exited with {code}",
    steps: {
      synth:
        "1. A synthetic national export: {victims, plural, one {# victim} other {# victims}} with their cases, perpetrators, agencies and referrals ({share, number, percent} with deliberate mistakes)",
      validate:
        "2. Validate it before sending, keeping the valid records (exit code 1: some records are invalid, as planted)",
      stats:
        "3. GLOTIP table: victims by women / girls / men / boys and form of exploitation; small cells suppressed",
      anonymize:
        "4. An anonymised extract for research: redacted, generalised, k-anonymous (k = {k}), pseudonymised",
      toHtcds: "5. An NGO's HTCDS 2.0 spreadsheet, written on the official Excel template",
      fromHtcds:
        "6. The HTCDS spreadsheet coming in: every row accounted for, the report says what was mapped, lossy or invalid",
      fromCtdc:
        "7. A CTDC file (2017-2021 global shape: -99, 00, NA for Namibia, cut column names) coming in",
      toCtdc: "8. Contributing to CTDC: the national victims in the 2024 synthetic-data shape",
    },
    firstVictim: "first victim of the extract:",
    wroteTo: "Everything the demo wrote is in {dir}",
  },
} as const satisfies CliMessages;
