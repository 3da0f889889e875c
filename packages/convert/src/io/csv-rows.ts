import { detectDelimiter, firstLineOf } from "@tip/validate";
import { type CsvRow, CsvSplitter } from "./csv-splitter.js";
import { decodeSource, decodeWhole } from "./decode-source.js";
import type { Source } from "./source.js";
import type { CsvDialect, TextSettings } from "./text-options.js";

export type { CsvRow } from "./csv-splitter.js";

/**
 * A row with a value in no cell (`,,,,`, which spreadsheets write after the last row they once used). It is
 * no more a row than a blank line is: the readers pass over it without a row number, as csv-parse does with
 * blank lines.
 */
export function isBlankRow(cells: readonly string[]): boolean {
  return cells.every((cell) => cell.trim() === "");
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
  const rows = splitter.push(text);
  for (const row of splitter.end()) rows.push(row);
  return rows;
}

/**
 * The rows of a CSV source, a chunk's worth at a time (header included), reading the source as a stream and
 * decoding it as `settings.encoding` says. `onDialect` hears the delimiter and decimal mark before the first
 * rows.
 */
export async function* csvRowBatches(
  source: Source,
  settings: TextSettings = { encoding: "auto" },
  onDialect?: (dialect: CsvDialect) => void,
): AsyncGenerator<CsvRow[], void, undefined> {
  const text = decodeSource(source, settings.encoding);
  // The header line first, to find the delimiter before the splitter is made.
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
  if (start !== "") yield splitter.push(start);
  if (!ended) for await (const chunk of text) yield splitter.push(chunk);
  yield splitter.end();
}

/** The rows of a CSV source one at a time, as `csvRowBatches` reads them. */
export async function* csvRows(
  source: Source,
  settings: TextSettings = { encoding: "auto" },
  onDialect?: (dialect: CsvDialect) => void,
): AsyncGenerator<CsvRow, void, undefined> {
  for await (const rows of csvRowBatches(source, settings, onDialect)) yield* rows;
}
