/**
 * The texts of `tip keys new`, `tip seal`, `tip open`, `tip serve`, `tip send`, `tip inbox` and `tip receipt`, in one
 * language: a section of `CliMessages`.
 * Their arguments only ever receive counts, option names, file names the user gave, agency ids, message ids,
 * key ids, codes, times and JSON Pointers: never a value of a record, never key material.
 */
export interface ExchangeCliMessages {
  readonly common: {
    readonly lang: string;
    readonly key: string;
    /** A key file that cannot be used: `{option}`, `{file}`, `{problem}` (the library's sentence). */
    readonly keyFile: string;
  };
  readonly keys: {
    readonly description: string;
    readonly newDescription: string;
    readonly agency: string;
    readonly country: string;
    readonly validFrom: string;
    readonly validUntil: string;
    readonly outputDir: string;
    readonly written: string;
    readonly keepPrivate: string;
    readonly exists: string;
    readonly badAgency: string;
    readonly badCountry: string;
    readonly badTime: string;
    readonly badPeriod: string;
  };
  readonly seal: {
    readonly description: string;
    readonly bundle: string;
    readonly to: string;
    readonly purpose: string;
    readonly agreement: string;
    readonly retention: string;
    readonly expiresIn: string;
    readonly inReplyTo: string;
    readonly mark: string;
    readonly output: string;
    readonly sealed: string;
    readonly refusedMore: string;
    readonly badMark: string;
    readonly notJson: string;
  };
  readonly open: {
    readonly description: string;
    readonly envelope: string;
    readonly trust: string;
    readonly seen: string;
    readonly output: string;
    readonly receipt: string;
    readonly opened: string;
    readonly markings: string;
    readonly valid: string;
    readonly invalid: string;
    readonly receiptWritten: string;
    readonly badSeen: string;
  };
  readonly node: {
    /** A node URL that is not http(s): `{option}`, `{value}`. */
    readonly badUrl: string;
    /** The node could not be reached: `{url}`, `{reason}` (a system code such as ECONNREFUSED). */
    readonly unreachable: string;
    /** The node answered with an error: `{status}`, `{code}`. */
    readonly refused: string;
    /** The envelope was refused: `{reason}` (the library's sentence). */
    readonly envelopeRefused: string;
    readonly badId: string;
    /**
     * The node deleted the envelope's content (HTTP 410): `{because}` (`retention`, `expired` or `unknown`),
     * `{at}` (when, ISO 8601, or `?`).
     */
    readonly deleted: string;
  };
  readonly serve: {
    readonly description: string;
    readonly trust: string;
    readonly port: string;
    readonly host: string;
    readonly dataDir: string;
    readonly databaseUrl: string;
    readonly maxMb: string;
    readonly purgeMinutes: string;
    readonly listening: string;
    readonly stopped: string;
    readonly cannotStart: string;
    readonly badPort: string;
    /** `--purge-minutes` out of range: `{option}`, `{value}`, `{max}`. */
    readonly badPurge: string;
  };
  readonly send: {
    readonly description: string;
    readonly envelope: string;
    readonly to: string;
    readonly trust: string;
    readonly receipt: string;
    readonly accepted: string;
    readonly rejected: string;
    readonly issue: string;
    readonly verified: string;
    readonly receiptInvalid: string;
    readonly replayed: string;
    readonly receiptWritten: string;
  };
  readonly inbox: {
    readonly description: string;
    readonly from: string;
    readonly listDescription: string;
    readonly pending: string;
    readonly after: string;
    readonly listed: string;
    readonly fetchDescription: string;
    readonly messageId: string;
    readonly output: string;
    readonly fetched: string;
    readonly ackDescription: string;
    readonly acknowledged: string;
  };
  /** `tip receipt verify`: a signed receipt kept as a file. */
  readonly receipt: {
    readonly description: string;
    readonly verifyDescription: string;
    readonly file: string;
    readonly trust: string;
    readonly envelope: string;
    /** Verified and accepted: `{id}` (the envelope), `{agency}`, `{at}`. */
    readonly accepted: string;
    /** Verified and rejected: `{id}`, `{agency}`, `{at}`, `{count}` issue codes (listed after, as `send.issue`). */
    readonly rejected: string;
    /** Not a valid receipt for this agency: `{file}`, `{reason}` (the library's sentence). */
    readonly invalid: string;
  };
  /** `tip inbox status`: a signed status update of a referral received, posted to its sender's node. */
  readonly status: {
    readonly description: string;
    readonly status: string;
    readonly referral: string;
    readonly sender: string;
    readonly to: string;
    /** Stored by the sender's node: `{status}`, `{referral}`, `{id}` (the envelope), `{url}`. */
    readonly sent: string;
    /** The node refused the update: `{reason}` (the library's sentence). */
    readonly refused: string;
    /** An option or argument that must be a UUID: `{option}`, `{value}`. */
    readonly badUuid: string;
  };
}
