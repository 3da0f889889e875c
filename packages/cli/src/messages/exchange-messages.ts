/**
 * The texts of `tip keys new`, `tip seal` and `tip open`, in one language: a section of `CliMessages`.
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
}
