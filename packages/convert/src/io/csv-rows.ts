import { pipeline } from "node:stream";
import { type CsvError, type Options, parse } from "csv-parse";
import { parse as parseSync } from "csv-parse/sync";
import { ConvertInputError } from "./convert-input-error.js";
import { type Source, toReadable } from "./source.js";

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

/** Every row of a CSV text, header included, as arrays of strings. */
export function csvRowsSync(text: string | Uint8Array): string[][] {
  try {
    return parseSync(text, CSV_PARSE_OPTIONS) as string[][];
  } catch (error) {
    throw inputError(error);
  }
}

/** The rows of a CSV source one at a time (header included), reading the source as a stream. */
export async function* csvRows(source: Source): AsyncGenerator<string[], void, undefined> {
  const parser = parse(CSV_PARSE_OPTIONS);
  // Errors of the source reach the loop below through the parser, which pipeline destroys with them.
  pipeline(toReadable(source), parser, () => undefined);
  try {
    for await (const row of parser) yield row as string[];
  } catch (error) {
    throw inputError(error);
  }
}
