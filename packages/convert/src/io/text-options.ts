import {
  type CsvDelimiter,
  DELIMITER_NAMES_SHOWN,
  delimiterOf,
  ENCODING_NAMES,
  type EncodingOption,
  encodingOf,
} from "@tip/validate";

/** How the text of an input is written: its encoding and, for CSV, its delimiter and decimal mark. */
export interface TextReadOptions {
  /**
   * `auto` (default): a byte order mark says UTF-8 or UTF-16, UTF-16 without one is told by its NUL bytes,
   * anything else must be UTF-8 and bytes that are not stop the reading with a `ConvertInputError` giving
   * the line (`invalid_utf8`). `utf-8`, `utf-16le`, `utf-16be`, `windows-1252` (also `latin1`: Excel's
   * "CSV" on Windows in Western Europe and the Americas) and `iso-8859-15` decode as said. A character is
   * never replaced.
   */
  readonly encoding?: EncodingOption | string;
  /** CSV: the cell delimiter, `,` `;` or tab. Default: the one found most often in the header line. */
  readonly delimiter?: CsvDelimiter | string;
  /**
   * CSV: numbers are written with a decimal comma (`16,0`) and a number with a point is not read as one (it
   * may group thousands). Default: true when the delimiter is `;`, as Excel writes it in Spanish, French or
   * Portuguese.
   */
  readonly decimalComma?: boolean;
}

/** Checked text options: the encoding, and the delimiter when one is forced. */
export interface TextSettings {
  readonly encoding: EncodingOption;
  readonly delimiter?: CsvDelimiter;
  readonly decimalComma?: boolean;
}

/** Checks text options; throws a `TypeError` naming the choices for an encoding or delimiter not known. */
export function textSettingsOf(options: TextReadOptions = {}): TextSettings {
  const encoding = encodingOf(options.encoding ?? "auto");
  if (encoding === undefined)
    throw new TypeError(`Unknown encoding: use one of ${ENCODING_NAMES.join(", ")}`);
  const delimiter = options.delimiter === undefined ? undefined : delimiterOf(options.delimiter);
  if (options.delimiter !== undefined && delimiter === undefined)
    throw new TypeError(`Unknown CSV delimiter: use one of ${DELIMITER_NAMES_SHOWN.join(" ")}`);
  return {
    encoding,
    ...(delimiter !== undefined && { delimiter }),
    ...(options.decimalComma !== undefined && { decimalComma: options.decimalComma }),
  };
}

/** The dialect of a CSV once its header line is seen. */
export interface CsvDialect {
  readonly delimiter: CsvDelimiter;
  readonly decimalComma: boolean;
}
