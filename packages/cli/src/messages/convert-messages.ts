/**
 * The texts of `tip convert` in one language, beside the shared ones of `CliMessages` (output and workbook
 * errors, record counts). A section of `CliMessages`; ICU messages rendered by the catalogue's `format`.
 */
export interface ConvertCliMessages {
  /** The help of the command: its description, argument, options and the note after them. */
  readonly help: {
    readonly description: string;
    readonly input: string;
    readonly from: string;
    readonly to: string;
    readonly entity: string;
    readonly output: string;
    readonly report: string;
    readonly lang: string;
    readonly after: string;
  };
  /** The first line of the summary: rows of the input and how they were read. */
  readonly headline: string;
  /** Names of the formats in sentences (`{format}`). */
  readonly formats: {
    readonly htcds: string;
    readonly ctdc: string;
    readonly csv: string;
    readonly tip: string;
    readonly glotip: string;
  };
  /** What `{file}` is when the input is standard input. */
  readonly standardInput: string;
  readonly toRequired: string;
  readonly unknownFormat: string;
  /** A place in the input by position (`{n}`), added to an input error. */
  readonly line: string;
  /** Why a whole input was not converted, by the reader's error code. */
  readonly inputErrors: {
    readonly empty_input: string;
    readonly missing_header_row: string;
    readonly duplicate_column: string;
    readonly csv_malformed: string;
    readonly invalid_json: string;
    /** Any other code (`{code}`). */
    readonly other: string;
  };
}
