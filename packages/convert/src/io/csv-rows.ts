import { Buffer } from "node:buffer";
import { pipeline, Readable } from "node:stream";
import { detectDelimiter, firstLineOf } from "@tip/validate";
import { type CsvError, type Options, parse } from "csv-parse";
import { parse as parseSync } from "csv-parse/sync";
import { ConvertInputError } from "./convert-input-error.js";
import { CsvSplitter, type MalformedReason } from "./csv-splitter.js";
import { decodeSource, decodeWhole } from "./decode-source.js";
import type { Source } from "./source.js";
import type { CsvDialect, TextSettings } from "./text-options.js";

/**
 * csv-parse options shared by every CSV reader. No `cast` and no `columns`: every cell stays a string, so
 * nothing (such as Namibia's `NA`) is ever turned into a missing value behind the converter's back; a BOM
 * is dropped; blank lines are not rows; ragged rows are passed on and reported by the reader. Records end at
 * `\r\n`, `\n` or `\r`, whichever a line has, so a file whose line endings were mixed by several editors
 * keeps every row. A quote inside an unquoted cell (`ab"c`) is text, as spreadsheets read it; quoted cells
 * that are malformed never reach csv-parse: the `CsvSplitter` in front of it replaces them with markers.
 */
export const CSV_PARSE_OPTIONS: Options = {
  bom: true,
  skip_empty_lines: true,
  relax_column_count: true,
  relax_quotes: true,
  record_delimiter: ["\r\n", "\n", "\r"],
};

/** One row of a CSV: its cells, or a row that could not be read, with the reason and its first line. */
export type CsvRow =
  | { readonly cells: string[] }
  | { readonly malformed: MalformedReason; readonly line: number };

/**
 * A row with a value in no cell (`,,,,`, which spreadsheets write after the last row they once used). It is
 * no more a row than a blank line is: the readers pass over it without a row number, as csv-parse does with
 * blank lines.
 */
export function isBlankRow(cells: readonly string[]): boolean {
  return cells.every((cell) => cell.trim() === "");
}

function inputError(error: unknown): unknown {
  // csv-parse messages can quote the offending text: keep only its code and line. Other errors (a file that
  // cannot be read) pass through.
  const csv = error as Partial<CsvError> & { lines?: number };
  if (typeof csv.code !== "string" || !/^[A-Z_]+$/.test(csv.code)) return error;
  const line = typeof csv.lines === "number" ? csv.lines : undefined;
  return new ConvertInputError(
    "csv_malformed",
    `The CSV cannot be read${line === undefined ? "" : ` at line ${line}`} (${csv.code})`,
    line,
  );
}

function rowOf(splitter: CsvSplitter, cells: string[]): CsvRow {
  const malformed = splitter.malformed(cells);
  return malformed === undefined ? { cells } : { malformed: malformed.reason, line: malformed.line };
}

/** Characters of the start of a CSV looked at to find its delimiter: the header line, or this much of it. */
const HEADER_SAMPLE_CHARS = 64 * 1024;

/** The dialect of a CSV from the start of its text, unless the settings force it. */
export function dialectOf(start: string, settings: TextSettings): CsvDialect {
  const delimiter = settings.delimiter ?? detectDelimiter(firstLineOf(start.slice(0, HEADER_SAMPLE_CHARS)));
  return { delimiter, decimalComma: settings.decimalComma ?? delimiter === ";" };
}

/**
 * Every row of a CSV text or bytes (decoded as `settings.encoding` says), header included: its cells, or why
 * it could not be read. `onDialect` hears the delimiter and decimal mark before the rows are read.
 */
export function csvRowsSync(
  input: string | Uint8Array,
  settings: TextSettings = { encoding: "auto" },
  onDialect?: (dialect: CsvDialect) => void,
): CsvRow[] {
  const text = decodeWhole(input, settings.encoding);
  const dialect = dialectOf(text, settings);
  onDialect?.(dialect);
  const splitter = new CsvSplitter({ delimiter: dialect.delimiter });
  const pieces = [...splitter.push(Buffer.from(text)), ...splitter.end()];
  const joined = Buffer.concat(
    pieces.map((piece) => (typeof piece === "string" ? Buffer.from(piece) : piece)),
  );
  try {
    const rows = parseSync(joined, { ...CSV_PARSE_OPTIONS, delimiter: dialect.delimiter }) as string[][];
    return rows.map((cells) => rowOf(splitter, cells));
  } catch (error) {
    throw inputError(error);
  }
}

/**
 * The rows of a CSV source one at a time (header included), reading the source as a stream and decoding it
 * as `settings.encoding` says. `onDialect` hears the delimiter and decimal mark before the first row.
 */
export async function* csvRows(
  source: Source,
  settings: TextSettings = { encoding: "auto" },
  onDialect?: (dialect: CsvDialect) => void,
): AsyncGenerator<CsvRow, void, undefined> {
  const text = decodeSource(source, settings.encoding);
  // The header line first, to find the delimiter before the parser is made.
  let start = "";
  let ended = false;
  while (start.length < HEADER_SAMPLE_CHARS && start.indexOf("\n") < 0) {
    const next = await text.next();
    if (next.done) {
      ended = true;
      break;
    }
    start += next.value;
  }
  const dialect = dialectOf(start, settings);
  onDialect?.(dialect);
  const splitter = new CsvSplitter({ delimiter: dialect.delimiter });
  async function* split(): AsyncGenerator<Buffer | string> {
    if (start !== "") yield* splitter.push(start);
    if (!ended) for await (const chunk of text) yield* splitter.push(chunk);
    yield* splitter.end();
  }
  const parser = parse({ ...CSV_PARSE_OPTIONS, delimiter: dialect.delimiter });
  // Errors of the source reach the loop below through the parser, which pipeline destroys with them.
  pipeline(Readable.from(split(), { objectMode: false }), parser, () => undefined);
  try {
    for await (const cells of parser) yield rowOf(splitter, cells as string[]);
  } catch (error) {
    throw inputError(error);
  }
}
