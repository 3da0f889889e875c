import { sheetRows } from "./sheet-rows.js";
import {
  readDateStyles,
  readSharedStrings,
  readWorkbookParts,
  type WorkbookParts,
} from "./workbook-parts.js";
import { capsOf, type XlsxCaps, XlsxReadError } from "./xlsx-caps.js";
import type { XlsxRow } from "./xlsx-cell.js";
import { type XlsxSource, ZipArchive } from "./zip-archive.js";

/** Options of the workbook readers. */
export interface XlsxReadOptions {
  /** Limits over which the workbook is refused; each missing one at its default (`DEFAULT_XLSX_CAPS`). */
  readonly caps?: Partial<XlsxCaps>;
}

/** Options of `readXlsxRows`. */
export interface XlsxRowsOptions extends XlsxReadOptions {
  /** The sheet to read by position, 0 = the first sheet of the workbook (hidden ones count). Default 0. */
  readonly sheet?: number;
}

/**
 * An open workbook: its zip's central directory checked against the caps, its workbook part read. Sheets are
 * read one at a time, each as a stream. Close it when done (`readXlsxRows` does).
 */
export class XlsxWorkbook {
  private strings: Promise<readonly string[] | undefined> | undefined;
  private styles: Promise<readonly boolean[]> | undefined;

  private constructor(
    private readonly zip: ZipArchive,
    private readonly parts: WorkbookParts,
    /** The limits in force. */
    readonly caps: XlsxCaps,
  ) {}

  /**
   * Opens a workbook from a file path (read piece by piece, never whole) or its bytes. Throws `XlsxReadError`
   * (not a zip, damaged, no workbook part) or `XlsxLimitError` (over a zip limit), both `ConvertInputError`s
   * whose messages name no sheet, header or value; a file that cannot be opened throws its system error.
   */
  static async open(source: XlsxSource, options: XlsxReadOptions = {}): Promise<XlsxWorkbook> {
    const caps = capsOf(options.caps);
    const zip = await ZipArchive.open(source, caps);
    try {
      return new XlsxWorkbook(zip, await readWorkbookParts(zip), caps);
    } catch (error) {
      zip.close();
      throw error;
    }
  }

  /** How many sheets the workbook lists. */
  get sheetCount(): number {
    return this.parts.sheets.length;
  }

  /** Whether dates count from 1904 (old Mac workbooks). Dates are already converted; serials in text are not. */
  get date1904(): boolean {
    return this.parts.date1904;
  }

  /**
   * The position (0-based) of the sheet of that name, or `undefined`. Names are compared as Excel does
   * (ignoring case); they are for finding a sheet a user named, never for printing.
   */
  sheetIndex(name: string): number | undefined {
    const wanted = name.toLowerCase();
    const index = this.parts.sheets.findIndex((sheet) => sheet.name.toLowerCase() === wanted);
    return index < 0 ? undefined : index;
  }

  /**
   * The rows of a sheet (0 = the first), read as a stream: only rows and cells that hold a value, cells
   * sparse. Stopping the loop early stops reading. Throws `XlsxReadError` / `XlsxLimitError` as it goes.
   */
  async *rows(sheet = 0): AsyncGenerator<XlsxRow, void, undefined> {
    const place = { sheet: sheet + 1 };
    const part = this.parts.sheets[sheet];
    if (part === undefined || !Number.isInteger(sheet)) throw new XlsxReadError("no_sheet", place);
    if (part.path === undefined) throw new XlsxReadError("missing_part", place);
    const stream = await this.zip.open(part.path);
    if (stream === undefined) throw new XlsxReadError("missing_part", place);
    try {
      const [sharedStrings, dateStyles] = await Promise.all([this.sharedStrings(), this.dateStyles()]);
      const context = {
        sheet: sheet + 1,
        sharedStrings,
        dateStyles,
        date1904: this.date1904,
        caps: this.caps,
      };
      yield* sheetRows(stream, context);
    } finally {
      stream.destroy();
    }
  }

  private sharedStrings(): Promise<readonly string[] | undefined> {
    const path = this.parts.sharedStrings;
    this.strings ??=
      path === undefined ? Promise.resolve(undefined) : readSharedStrings(this.zip, path, this.caps);
    return this.strings;
  }

  private dateStyles(): Promise<readonly boolean[]> {
    const path = this.parts.styles;
    this.styles ??= path === undefined ? Promise.resolve([]) : readDateStyles(this.zip, path);
    return this.styles;
  }

  /** Closes the file. */
  close(): void {
    this.zip.close();
  }
}

/**
 * Reads the rows of one sheet of an .xlsx workbook as a stream, within limits: the zip's central directory is
 * checked before anything is inflated (entry count, sizes, compression ratio), only cells that exist are
 * built, and a workbook over a limit is refused with an `XlsxLimitError` naming the limit and the sheet by
 * position. Parts the sheet does not need (drawings, even missing ones) are never opened. Shared and inline
 * strings, rich text, booleans, errors, formulas' cached results and dates (from the cell's number format)
 * are read. Turn a row into dense text cells with `xlsxRowText`.
 *
 * @example
 * for await (const { row, cells } of readXlsxRows("data.xlsx", { sheet: 0, caps: { maxRows: 100_000 } })) {
 *   const text = xlsxRowText({ row, cells }, 12); // ["a", "", "3", ...]
 * }
 */
export async function* readXlsxRows(
  source: XlsxSource,
  options: XlsxRowsOptions = {},
): AsyncGenerator<XlsxRow, void, undefined> {
  const workbook = await XlsxWorkbook.open(source, options);
  try {
    yield* workbook.rows(options.sheet ?? 0);
  } finally {
    workbook.close();
  }
}
