/** Why a whole input cannot be converted (as opposed to one row, which the report accounts for). */
export type InputErrorCode =
  | "empty_input"
  | "missing_header_row"
  | "duplicate_column"
  | "csv_malformed"
  | "invalid_json"
  | "invalid_encoding"
  | "nul_byte"
  | "unknown_format"
  | "workbook_as_text"
  | "xlsx_malformed"
  | "xlsx_over_limit"
  | "unknown_model_version";

/**
 * Thrown when an input cannot be read at all: empty, no header row, CSV that does not parse, a damaged
 * workbook or one over the reader's limits. The message names the problem and where (row, column, sheet
 * position) but never quotes the data.
 */
export class ConvertInputError extends Error {
  override readonly name = "ConvertInputError";
  /** The format the input was being read as, set by `convert` (so a caller can say it without guessing). */
  format?: string;

  constructor(
    readonly code: InputErrorCode,
    message: string,
    readonly row?: number,
    /** For `invalid_encoding` and `nul_byte`: the encoding read and the byte offset of the bad bytes. */
    readonly place?: { readonly encoding: string; readonly byteOffset: number },
    /** For `unknown_model_version`: the version the input says (semver, never data) and the current one. */
    readonly versions?: { readonly found: string; readonly current: string },
    /** More of the place, by position: the column (from 1) of a header, the sheet (from 1) of a workbook. */
    readonly at?: { readonly column?: number; readonly sheet?: number },
  ) {
    super(message);
  }
}
