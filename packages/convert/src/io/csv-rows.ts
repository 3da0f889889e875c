import { pipeline, Readable } from "node:stream";
import { detectDelimiter, firstLineOf } from "@tip/validate";
import { type CsvError, type Options, parse } from "csv-parse";
import { parse as parseSync } from "csv-parse/sync";
import { ConvertInputError } from "./convert-input-error.js";
import { decodeSource, decodeWhole } from "./decode-source.js";
import type { Source } from "./source.js";
import type { CsvDialect, TextSettings } from "./text-options.js";

/**
 * csv-parse options shared by every CSV reader. No `cast` and no `columns`: every cell stays a string, so
 * nothing (such as Namibia's `NA`) is ever turned into a missing value behind the converter's back; a BOM
 * is dropped; blank lines are not rows; ragged rows are passed on and reported by the reader.
 */
export const CSV_PARSE_OPTIONS: Options = {
  bom: true,
  skip_empty_lines: true,
  relax_column_count: true,
};

function inputError(error: unknown): unknown {
  // csv-parse messages can quote the offending text: keep only its code and line. Other errors (a file that
  // cannot be read) pass through.
  const csv = error as Partial<CsvError> & { lines?: number };
  if (typeof csv.code !== "string" || !csv.code.startsWith("CSV_")) return error;
  const line = typeof csv.lines === "number" ? csv.lines : undefined;
  return new ConvertInputError(
    "csv_malformed",
    `The CSV cannot be read${line === undefined ? "" : ` at line ${line}`} (${csv.code})`,
    line,
  );
}

/** Characters of the start of a CSV looked at to find its delimiter: the header line, or this much of it. */
const HEADER_SAMPLE_CHARS = 64 * 1024;

/** The dialect of a CSV from the start of its text, unless the settings force it. */
export function dialectOf(start: string, settings: TextSettings): CsvDialect {
  const delimiter = settings.delimiter ?? detectDelimiter(firstLineOf(start.slice(0, HEADER_SAMPLE_CHARS)));
  return { delimiter, decimalComma: settings.decimalComma ?? delimiter === ";" };
}

/**
 * Every row of a CSV text or bytes (decoded as `settings.encoding` says), header included, as arrays of
 * strings. `onDialect` hears the delimiter and decimal mark before the rows are read.
 */
export function csvRowsSync(
  input: string | Uint8Array,
  settings: TextSettings = { encoding: "auto" },
  onDialect?: (dialect: CsvDialect) => void,
): string[][] {
  const text = decodeWhole(input, settings.encoding);
  const dialect = dialectOf(text, settings);
  onDialect?.(dialect);
  try {
    return parseSync(text, { ...CSV_PARSE_OPTIONS, delimiter: dialect.delimiter }) as string[][];
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
): AsyncGenerator<string[], void, undefined> {
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
  async function* all(): AsyncGenerator<string> {
    if (start !== "") yield start;
    if (!ended) yield* text;
  }
  const parser = parse({ ...CSV_PARSE_OPTIONS, delimiter: dialect.delimiter });
  // Errors of the source reach the loop below through the parser, which pipeline destroys with them.
  pipeline(Readable.from(all(), { objectMode: false }), parser, () => undefined);
  try {
    for await (const row of parser) yield row as string[];
  } catch (error) {
    throw inputError(error);
  }
}
