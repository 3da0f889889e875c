import { Buffer } from "node:buffer";
import { Readable } from "node:stream";
import { pipeline } from "node:stream/promises";
import { type Issue, isRecordType, type MessageLocale, type RecordType } from "@tip/schema";
import { CsvError, parse } from "csv-parse";
import { type ColumnPlan, columnAt, planColumns } from "../formats/csv/column-plan.js";
import { type CsvDelimiter, detectDelimiter, firstLineOf } from "../formats/csv/csv-dialect.js";
import { CsvGate } from "../formats/csv/csv-gate.js";
import { rowToRecord } from "../formats/csv/row-to-record.js";
import { type Encoding, withoutBom } from "../io/byte-order-mark.js";
import { sniff } from "../io/sniff.js";
import { inputIssue } from "../shared/input-issue.js";
import type { RecordChecker, Where } from "./record-checker.js";

/** Settings of the CSV reader. */
export interface CsvSettings {
  readonly locale: MessageLocale;
  readonly maxBytes: number;
  readonly checker: RecordChecker;
  /** The type of every row; otherwise read from a `recordType` column. */
  readonly recordType: RecordType | undefined;
  /** The cell delimiter; default: found in the header line. */
  readonly delimiter?: CsvDelimiter;
  /** Numbers with a decimal comma; default: when the delimiter is `;`. */
  readonly decimalComma?: boolean;
}

/** Bytes of the start of a CSV looked at to find its delimiter: the header line, or this much of it. */
const HEADER_SAMPLE_BYTES = 64 * 1024;

/**
 * Validates a flat CSV: a header of dotted field paths, one record per row, repeated values joined by `;`,
 * cells read by the schema's type at their path, a blank cell for an absent field. Streams through csv-parse
 * behind a gate that keeps rows within the size limit. Issues carry the row's line and the cell's column.
 */
export async function validateCsv(chunks: AsyncIterable<Buffer>, settings: CsvSettings): Promise<void> {
  const seen: { encoding: Encoding } = { encoding: "utf-8" };
  const input = withoutBom(chunks, (found) => {
    seen.encoding = found;
  })[Symbol.asyncIterator]();
  // The header line first, to find the delimiter before the parser is made.
  const head: Buffer[] = [];
  let headBytes = 0;
  let ended = false;
  while (headBytes < HEADER_SAMPLE_BYTES && !head.some((chunk) => chunk.includes(0x0a))) {
    const next = await input.next();
    if (next.done) {
      ended = true;
      break;
    }
    head.push(Buffer.from(next.value));
    headBytes += next.value.length;
  }
  const sample = Buffer.concat(head, headBytes);
  const delimiter =
    settings.delimiter ?? detectDelimiter(firstLineOf(sample.toString("utf8", 0, HEADER_SAMPLE_BYTES)));
  const decimalComma = settings.decimalComma ?? delimiter === ";";
  const reader = new CsvReader(settings, decimalComma);
  const gate = new CsvGate(settings.maxBytes, delimiter.charCodeAt(0));
  async function* all(): AsyncGenerator<Buffer> {
    if (sample.length > 0) yield sample;
    if (ended) return;
    for (let next = await input.next(); !next.done; next = await input.next()) yield next.value;
  }
  async function* gated(): AsyncGenerator<Buffer | string> {
    let looked = false;
    for await (const chunk of all()) {
      if (seen.encoding === "utf-16") {
        reader.notCsv("utf-16");
        return;
      }
      if (!looked) {
        const detected = sniff(chunk, 0, chunk.length);
        if (detected === "empty") continue;
        looked = true;
        if (detected === "json" || detected === "ndjson") {
          reader.notCsv(detected);
          return;
        }
      }
      yield* gate.push(chunk);
    }
    yield* gate.end();
  }

  const parser = parse({
    delimiter,
    relax_column_count: true,
    record_delimiter: ["\r\n", "\n", "\r"],
    relax_quotes: true,
    skip_empty_lines: true,
    skip_records_with_error: true,
    max_record_size: settings.maxBytes + 1024,
    on_skip: (error: CsvError | undefined) => {
      reader.malformed(error, gate.nextLine());
      return undefined;
    },
  });
  const feeding = pipeline(Readable.from(gated(), { objectMode: false }), parser);
  feeding.catch(() => undefined);
  try {
    for await (const row of parser as AsyncIterable<string[]>) reader.row(row, gate.nextLine() ?? 1, gate);
    await feeding;
  } catch (error) {
    // The gate hands the parser well-formed rows only; should it still give up, that is reported, not thrown.
    if (!(error instanceof CsvError)) throw error;
    reader.malformed(error, undefined);
  }
}

class CsvReader {
  readonly #settings: CsvSettings;
  readonly #decimalComma: boolean;
  #header: string[] | undefined;
  #plan: ColumnPlan | undefined;
  #typeColumn = -1;
  #records = 0;
  #stopped = false;

  constructor(settings: CsvSettings, decimalComma: boolean) {
    this.#settings = settings;
    this.#decimalComma = decimalComma;
  }

  notCsv(detected: string): void {
    this.#stopped = true;
    const issue = inputIssue("not_declared_format", "", { declared: "CSV", detected }, this.#settings.locale);
    this.#settings.checker.reportInput(issue, 1);
  }

  malformed(error: CsvError | undefined, line: number | undefined): void {
    const where: Where = { recordIndex: this.#records++, prefix: "", ...(line !== undefined && { line }) };
    const reason = error?.code ?? "CSV";
    this.#settings.checker.skip(inputIssue("csv_malformed", "", { reason }, this.#settings.locale), where);
  }

  /** A row read by the parser; `line` is where it starts in the file (the gate counts lines exactly). */
  row(cells: string[], line: number, gate: CsvGate): void {
    const { checker, locale } = this.#settings;
    const withheld = gate.withheld(cells);
    if (this.#header === undefined) {
      if (withheld !== undefined)
        this.notCsv(withheld === "nul_byte" || withheld === "invalid_utf8" ? "binary" : "text");
      else this.#readHeader(cells, line);
      return;
    }
    // A row with no value in any cell (a spreadsheet's trailing `,,,,`) is a blank line, as in the converters.
    if (withheld === undefined && cells.every((cell) => cell.trim() === "")) return;
    const where: Where = { recordIndex: this.#records++, line, prefix: "" };
    if (this.#stopped) {
      checker.skip(undefined, where);
      return;
    }
    if (withheld === "text_after_quote") {
      const params = { reason: "CSV_INVALID_CLOSING_QUOTE" };
      checker.skip(inputIssue("csv_malformed", "", params, locale), where);
      return;
    }
    if (withheld !== undefined) {
      const params: Record<string, number> =
        withheld === "record_too_large" ? { maxBytes: this.#settings.maxBytes } : {};
      checker.skip(inputIssue(withheld, "", params, locale), where);
      return;
    }
    const typeCell = this.#typeColumn >= 0 ? cells[this.#typeColumn]?.trim() : undefined;
    const recordType = typeCell ? typeCell : this.#settings.recordType;
    const plan = this.#planFor(recordType);
    if (plan === undefined) {
      checker.check(typeCell ? { recordType: typeCell } : {}, where);
      return;
    }
    let found: Issue | undefined;
    if (cells.length !== this.#header.length) {
      const params = { count: cells.length, expected: this.#header.length };
      found = inputIssue("csv_row_length", "", params, locale);
    }
    const record = rowToRecord(
      cells,
      plan,
      typeCell ? undefined : this.#settings.recordType,
      this.#decimalComma,
    );
    checker.check(record, { ...where, columnOf: (path) => columnAt(plan, path) }, found);
  }

  #headerLine = 1;

  #readHeader(cells: string[], line: number): void {
    this.#header = cells;
    this.#headerLine = line;
    this.#typeColumn = cells.findIndex((cell) => cell.trim() === "recordType");
    if (this.#typeColumn < 0 && this.#settings.recordType === undefined) {
      const issue = inputIssue("csv_missing_column", "", { column: "recordType" }, this.#settings.locale);
      this.#settings.checker.reportInput(issue, line);
      this.#stopped = true;
    }
  }

  /** The plan of the file: made for the first valid record type met, its header issues reported once. */
  #planFor(recordType: string | undefined): ColumnPlan | undefined {
    if (this.#plan !== undefined) return this.#plan;
    if (!isRecordType(recordType) || this.#header === undefined) return undefined;
    const typeGiven = this.#typeColumn < 0;
    this.#plan = planColumns(this.#header, recordType, typeGiven, this.#settings.locale);
    for (const { issue, column } of this.#plan.issues)
      this.#settings.checker.reportInput(issue, this.#headerLine, column);
    return this.#plan;
  }
}
