import { ConvertInputError } from "../convert-input-error.js";

/**
 * Limits of the workbook reader. A workbook over any of them is refused before (zip limits) or while (sheet
 * limits) it is read, so that a small hostile file cannot take the memory or the time of a large one.
 */
export interface XlsxCaps {
  /** Most entries (parts) in the zip archive. Default 10,000. */
  readonly maxEntries: number;
  /** Most bytes any one part may inflate to, as the zip's central directory declares it. Default 1 GiB. */
  readonly maxEntryBytes: number;
  /** Most bytes all parts together may inflate to. Default 2 GiB. */
  readonly maxTotalBytes: number;
  /**
   * Most inflated bytes per compressed byte of a part larger than 1 MiB (a zip bomb inflates a thousandfold).
   * Default 200.
   */
  readonly maxCompressionRatio: number;
  /** Most bytes of the shared-strings part, which is held in memory. Default 256 MiB. */
  readonly maxSharedStringsBytes: number;
  /** Highest row number read in a sheet. Default 1,048,576 (Excel's last row). */
  readonly maxRows: number;
  /** Highest column number read in a sheet. Default 16,384 (Excel's last column, XFD). */
  readonly maxColumns: number;
  /**
   * Most cells read in a sheet, counting in each row every cell up to its last one (the empty cells before
   * it too, since a row is handed over with them). Default 100,000,000.
   */
  readonly maxCells: number;
  /** Most characters in one cell. Default 32,767 (Excel's own limit). */
  readonly maxCellChars: number;
  /**
   * Most bytes of a workbook handed over as a stream, which is held in memory to be unzipped (a file path is
   * read piece by piece instead). Default 512 MiB.
   */
  readonly maxFileBytes: number;
}

/** The default limits: Excel's own sheet limits, and sizes far above any workbook of case data. */
export const DEFAULT_XLSX_CAPS: XlsxCaps = Object.freeze({
  maxEntries: 10_000,
  maxEntryBytes: 1024 ** 3,
  maxTotalBytes: 2 * 1024 ** 3,
  maxCompressionRatio: 200,
  maxSharedStringsBytes: 256 * 1024 ** 2,
  maxRows: 1_048_576,
  maxColumns: 16_384,
  maxCells: 100_000_000,
  maxCellChars: 32_767,
  maxFileBytes: 512 * 1024 ** 2,
});

/** The caps given, each missing one at its default; throws `RangeError` on a cap that is not a positive number. */
export function capsOf(given: Partial<XlsxCaps> = {}): XlsxCaps {
  const caps = { ...DEFAULT_XLSX_CAPS };
  for (const key of Object.keys(DEFAULT_XLSX_CAPS) as (keyof XlsxCaps)[]) {
    const value = given[key];
    if (value === undefined) continue;
    if (typeof value !== "number" || !(value > 0)) throw new RangeError(`xlsx caps: ${key} must be positive`);
    caps[key] = value;
  }
  return caps;
}

/** Where in the workbook a limit was passed: positions only, never a name or a value. */
export interface XlsxPlace {
  /** Sheet position, 1 = the first sheet of the workbook. */
  readonly sheet?: number;
  /** Row number in the sheet. */
  readonly row?: number;
  /** Column number in the sheet, 1 = A. */
  readonly column?: number;
}

function placeText(place: XlsxPlace): string {
  const parts = [
    place.sheet === undefined ? undefined : `sheet ${place.sheet}`,
    place.row === undefined ? undefined : `row ${place.row}`,
    place.column === undefined ? undefined : `column ${place.column}`,
  ].filter((part) => part !== undefined);
  return parts.length === 0 ? "" : ` (${parts.join(", ")})`;
}

/** A workbook over one of the reader's limits: which limit, its value, and where (by position). */
export class XlsxLimitError extends ConvertInputError {
  constructor(
    readonly limit: keyof XlsxCaps,
    readonly max: number,
    /** Where, by position (`place` is taken by `ConvertInputError` for encodings). */
    readonly location: XlsxPlace = {},
  ) {
    super(
      "xlsx_over_limit",
      `The workbook is over the reader's limit ${limit} = ${max}${placeText(location)}: it is not read`,
      location.row,
    );
  }
}

/** Why a workbook cannot be read, apart from a limit: a stable reason and the place, never a name or value. */
export type XlsxFault =
  | "not_a_zip"
  | "damaged_zip"
  | "encrypted"
  | "no_workbook"
  | "no_sheet"
  | "missing_part"
  | "malformed_xml"
  | "bad_reference";

const FAULT_TEXT: Readonly<Record<XlsxFault, string>> = {
  not_a_zip: "it is not a zip archive, so not an .xlsx workbook",
  damaged_zip: "its zip archive is damaged or truncated",
  encrypted: "it is encrypted or uses a compression method the reader does not know",
  no_workbook: "it has no workbook part",
  no_sheet: "it has no sheet at that position",
  missing_part: "a part it needs is missing",
  malformed_xml: "a part is not well-formed XML",
  bad_reference: "a cell or row reference is not valid",
};

/** A workbook that cannot be read: damaged, not a zip, or missing a part it needs. */
export class XlsxReadError extends ConvertInputError {
  constructor(
    readonly fault: XlsxFault,
    /** Where, by position (`place` is taken by `ConvertInputError` for encodings). */
    readonly location: XlsxPlace = {},
  ) {
    super(
      fault === "not_a_zip" ? "unknown_format" : "xlsx_malformed",
      `The input is not a readable .xlsx workbook: ${FAULT_TEXT[fault]}${placeText(location)}`,
      location.row,
    );
  }
}
