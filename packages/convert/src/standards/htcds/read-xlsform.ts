import { ConvertInputError } from "../../io/convert-input-error.js";
import type { TextSettings } from "../../io/text-options.js";
import { csvRecords, type SkippedSourceRow } from "./read-csv-table.js";
import type { SourceCell, SourceRow, SourceTable } from "./source-table.js";
import { jsonCell, xlsformTable } from "./xlsform-table.js";

function parseJson(input: string | Uint8Array | unknown): unknown {
  if (typeof input !== "string" && !(input instanceof Uint8Array)) return input;
  const text = typeof input === "string" ? input : new TextDecoder().decode(input);
  try {
    return JSON.parse(text);
  } catch {
    throw new ConvertInputError("invalid_json", "The XLSForm export is not JSON");
  }
}

/** The submissions of a JSON export: an array, or the `results` (KoboToolbox API) or `value` (ODK OData) of one. */
function submissionsOf(data: unknown): unknown[] {
  if (Array.isArray(data)) return data;
  if (data !== null && typeof data === "object") {
    const wrapped =
      (data as { results?: unknown; value?: unknown }).results ?? (data as { value?: unknown }).value;
    if (Array.isArray(wrapped)) return wrapped;
    return [data];
  }
  throw new ConvertInputError(
    "invalid_json",
    "The XLSForm export holds no submissions (expected an array of objects)",
  );
}

/** Flattens a submission's groups into `group/field` keys (ODK OData nests groups as objects). */
function flatten(value: object, prefix: string, into: Map<string, unknown>): void {
  for (const [key, inner] of Object.entries(value)) {
    const path = prefix === "" ? key : `${prefix}/${key}`;
    if (inner !== null && typeof inner === "object" && !Array.isArray(inner)) flatten(inner, path, into);
    else into.set(path, inner);
  }
}

/**
 * Reads an XLSForm JSON export (ODK Central OData, KoboToolbox API, or a plain array of submissions) into a
 * source table. Rows are numbered from 1 = the first submission; a submission that is not an object is marked
 * with `skip` for the report.
 */
export function readXlsformJson(
  input: string | Uint8Array | unknown,
): SourceTable & { readonly skip: readonly SkippedSourceRow[] } {
  const submissions = submissionsOf(parseJson(input));
  const keys: string[] = [];
  const position = new Map<string, number>();
  const skip: SkippedSourceRow[] = [];
  const rows: SourceRow[] = [];
  submissions.forEach((submission, index) => {
    if (submission === null || typeof submission !== "object" || Array.isArray(submission)) {
      skip.push({ row: index + 1, reason: "not_an_object" });
      return;
    }
    const flat = new Map<string, unknown>();
    flatten(submission, "", flat);
    const cells = new Map<number, SourceCell>();
    for (const [key, value] of flat) {
      let column = position.get(key);
      if (column === undefined) {
        column = keys.push(key) - 1;
        position.set(key, column);
      }
      const cell = jsonCell(value);
      if (cell) cells.set(column, cell);
    }
    rows.push({ row: index + 1, cells });
  });
  return { ...xlsformTable(keys, rows), skip };
}

/** Reads an XLSForm CSV export (ODK Central, KoboToolbox) into a source table; rows from 1 = first submission. */
export function readXlsformCsv(
  input: string | Uint8Array,
  settings?: TextSettings,
): SourceTable & { readonly skip: readonly SkippedSourceRow[] } {
  const [header, ...records] = csvRecords(input, settings).rows;
  if (header === undefined) throw new ConvertInputError("empty_input", "The CSV is empty");
  if ("malformed" in header)
    throw new ConvertInputError(
      "csv_malformed",
      `The header row cannot be read as CSV at line ${header.line} (${header.malformed})`,
      header.line,
    );
  const skip: SkippedSourceRow[] = [];
  const rows: SourceRow[] = [];
  const keys = header.cells.map((key) => key.trim());
  records.forEach((record, index) => {
    if ("malformed" in record) {
      skip.push({ row: index + 1, reason: record.malformed });
      return;
    }
    const cells = new Map<number, SourceCell>();
    record.cells.forEach((value, column) => {
      if (value.trim() === "") return;
      cells.set(column, { value });
      // A cell beyond the header: its column has no header, and is reported so.
      while (keys.length <= column) keys.push("");
    });
    if (cells.size > 0) rows.push({ row: index + 1, cells });
  });
  return { ...xlsformTable(keys, rows), skip };
}
