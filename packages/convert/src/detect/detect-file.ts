import { open } from "node:fs/promises";
import { extname } from "node:path";
import { detectDelimiter, encodingOf, firstLineOf, TextInputDecoder } from "@tip/validate";
import { parse } from "csv-parse/sync";
import { ConvertInputError } from "../io/convert-input-error.js";
import { XlsxWorkbook } from "../io/xlsx/read-xlsx-rows.js";
import { xlsxRowText } from "../io/xlsx/xlsx-cell.js";
import type { XlsxSource } from "../io/xlsx/zip-archive.js";
import { looksLikeZip } from "../io/xlsx/zip-sniff.js";
import { type Detection, detectFormat, scoreHeader } from "./detect-format.js";

/** How many bytes of a file detection reads. */
export const SAMPLE_BYTES = 64 * 1024;

/** The layout of an HTCDS file, as `readHtcds` names it. */
export type HtcdsLayout = "xlsx" | "csv" | "xlsform-json" | "xlsform-csv";

/** A detection on a file, with the HTCDS layout when it is HTCDS. */
export interface FileDetection extends Detection {
  readonly htcdsLayout?: HtcdsLayout;
  /** The file is an .xlsx workbook (a zip archive), whatever its name. */
  readonly workbook?: boolean;
}

/** How many leading rows of a workbook's first sheet are looked at for a header. */
const WORKBOOK_HEADER_ROWS = 10;

/** The first sheet's leading rows that hold a value, as text; `undefined` when the workbook cannot be read. */
async function workbookRows(source: XlsxSource): Promise<string[][] | undefined> {
  let workbook: XlsxWorkbook;
  try {
    workbook = await XlsxWorkbook.open(source);
  } catch (error) {
    if (error instanceof ConvertInputError) return undefined;
    throw error;
  }
  const rows: string[][] = [];
  try {
    for await (const row of workbook.rows(0)) {
      if (row.row > WORKBOOK_HEADER_ROWS) break;
      rows.push(xlsxRowText(row, 0));
    }
  } catch (error) {
    // A damaged sheet is reported by the reader that converts it, with its place.
    if (!(error instanceof ConvertInputError)) throw error;
  } finally {
    workbook.close();
  }
  return rows;
}

/**
 * A workbook's format from its first sheet: CTDC when the first row with a value names more CTDC columns than
 * HTCDS ones (CTDC's .xlsx release), else HTCDS (its template, found on whichever sheet by its reader).
 */
async function detectWorkbook(source: XlsxSource, byName: boolean): Promise<FileDetection | undefined> {
  const rows = await workbookRows(source);
  const header = rows?.[0];
  if (rows === undefined && !byName) return undefined;
  if (header !== undefined) {
    const { ctdc, htcds } = scoreHeader(header);
    if (ctdc > htcds) return { format: "ctdc", by: "header", workbook: true };
    if (htcds > 0 || rows?.some((row) => scoreHeader(row).htcds > 0)) {
      return { format: "htcds", by: "header", htcdsLayout: "xlsx", workbook: true };
    }
  }
  return { format: "htcds", by: byName ? "extension" : "content", htcdsLayout: "xlsx", workbook: true };
}

function firstRow(sample: string): string[] | undefined {
  try {
    const rows = parse(sample, {
      delimiter: detectDelimiter(firstLineOf(sample)),
      bom: true,
      to_line: 1,
      relax_quotes: true,
      relax_column_count: true,
    }) as string[][];
    return rows[0];
  } catch {
    return undefined;
  }
}

/**
 * The HTCDS layout of a file: `.xlsx` the template, `.json` XLSForm submissions, a CSV whose header has ODK
 * group paths or metadata (`group/prs_...`, `_uuid`, `_submission_time`) an XLSForm export, else HTCDS CSV.
 */
export function htcdsLayoutOf(
  fileName: string,
  header: readonly string[] | undefined,
  sample?: string,
): HtcdsLayout {
  const extension = extname(fileName).toLowerCase();
  if (extension === ".xlsx" || extension === ".xlsm") return "xlsx";
  if (extension === ".json") return "xlsform-json";
  // Without a telling name (standard input), JSON is an XLSForm export.
  if (extension === "" && /^\s*[[{]/.test(sample ?? "")) return "xlsform-json";
  const odk = header?.some((cell) => cell.includes("/") || cell === "_uuid" || cell === "_submission_time");
  return odk ? "xlsform-csv" : "csv";
}

/**
 * The text of the first bytes of a file, to look at its header: decoded as `encoding` says (UTF-16 by its byte
 * order mark or NUL bytes under `auto`); bytes that are not UTF-8 are read as windows-1252 here, since only
 * the header's names matter (the reader itself refuses them unless told the encoding). A character cut at
 * the end of the sample is dropped.
 */
function sampleText(bytes: Uint8Array, encoding: string): string {
  const option = encodingOf(encoding) ?? "auto";
  for (const tried of [option, "windows-1252"] as const) {
    try {
      const decoder = new TextInputDecoder({ encoding: tried, refuseNul: false });
      const text = decoder.push(bytes);
      try {
        return text + decoder.end();
      } catch (error) {
        // The sample may end inside a character; a short file that ends so is not this encoding.
        if (text === "") throw error;
        return text;
      }
    } catch {
      // Not this encoding: try the next.
    }
  }
  return "";
}

/**
 * Detects the format of a file from its name and its first 64 KiB (header row or JSON keys); see
 * `detectFormat`. An .xlsx workbook (by its name or its zip signature) is told by the header of its first
 * sheet: CTDC or HTCDS. `undefined` when nothing matches. Reads nothing more (of a workbook: its zip directory
 * and first rows, within the reader's limits), so it is cheap on any size. The header of a text file is found
 * in UTF-8, UTF-16 or windows-1252, delimited by `,` `;` or tab.
 */
export async function detectFile(
  path: string,
  options: { readonly encoding?: string } = {},
): Promise<FileDetection | undefined> {
  const handle = await open(path, "r");
  let bytes: Buffer;
  try {
    const buffer = Buffer.alloc(SAMPLE_BYTES);
    const { bytesRead } = await handle.read(buffer, 0, SAMPLE_BYTES, 0);
    bytes = buffer.subarray(0, bytesRead);
  } finally {
    await handle.close();
  }
  return detectSample(bytes, { ...options, fileName: path, workbook: path });
}

/**
 * Detects the format of an input from its first bytes (at least 64 KiB of it when it is longer, see
 * `SAMPLE_BYTES`) and, when known, its name; see `detectFile`. A workbook is told by its first sheet, read from
 * `options.workbook` (the whole file: a path or all its bytes), else from `sample` when that is all of it.
 */
export async function detectSample(
  sample: Uint8Array,
  options: { readonly encoding?: string; readonly fileName?: string; readonly workbook?: XlsxSource } = {},
): Promise<FileDetection | undefined> {
  const fileName = options.fileName ?? "";
  const extension = extname(fileName).toLowerCase();
  const named = extension === ".xlsx" || extension === ".xlsm";
  if (named || looksLikeZip(sample)) return detectWorkbook(options.workbook ?? sample, named);
  const text = sampleText(sample, options.encoding ?? "auto");
  const header = extension === ".json" ? undefined : firstRow(text);
  const detection = detectFormat({ fileName, header, sample: text });
  if (detection?.format !== "htcds") return detection;
  return { ...detection, htcdsLayout: htcdsLayoutOf(fileName, header, text) };
}
