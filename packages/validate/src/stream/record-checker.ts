import type { Issue } from "@tip/schema";
import type { RawText } from "../formats/json/raw-text.js";
import { type AnalyzerSettings, RecordAnalyzer, type RecordOutcome } from "../record/record-analyzer.js";
import type { CrossChecks } from "../refs/cross-checks.js";
import type { Located } from "../summary/summary.js";
import type { SummaryBuilder } from "../summary/summary-builder.js";
import type { ValidRecords } from "../summary/valid-records.js";

/** Where a record was read. */
export interface Where {
  /** Position among the records of the input, from 0. */
  readonly recordIndex: number;
  /** First line of the record, from 1, when the input has lines. */
  readonly line?: number;
  /** JSON Pointer of the record in the input. */
  readonly prefix: string;
  /** CSV: the column (from 1) an issue path falls in. */
  readonly columnOf?: (path: string) => number | undefined;
  /** The record sits in a bundle or a JSON array, where it cannot be a bundle itself. */
  readonly contained?: boolean;
}

/** Settings shared by every record of an input. */
export interface CheckerSettings extends AnalyzerSettings {
  readonly file: string | undefined;
  readonly summary: SummaryBuilder;
  readonly cross: CrossChecks | undefined;
  /** Notes each record counted valid, when the caller wants to know which ones were. */
  readonly validRecords?: ValidRecords;
}

/** Checks records one by one, locates their issues and counts them in the summary. */
export class RecordChecker {
  readonly #settings: CheckerSettings;
  /** Checks each record alone; `commit` then adds the checks across records and the counts. */
  readonly analyzer: RecordAnalyzer;

  constructor(settings: CheckerSettings) {
    this.#settings = settings;
    this.analyzer = new RecordAnalyzer(settings);
  }

  /**
   * Checks one record: structure, rules, nesting, duplicate keys (given its text), id and references. `found`
   * is an issue met while reading it.
   */
  check(value: unknown, where: Where, found?: Issue, raw?: RawText): void {
    const outcome = this.analyzer.analyze(value, where.prefix, where.contained === true, found, raw);
    const cross = this.#settings.cross;
    const duplicate =
      cross !== undefined && outcome.recordType !== undefined && !outcome.skipped
        ? cross.add(value as object, outcome.recordType, where)
        : undefined;
    this.commit(outcome, where, duplicate);
  }

  /**
   * Reports and counts a record analysed with `analyzer` (here or in a worker thread), with the
   * `duplicate_id` issue the checks across records found for it, if any.
   */
  commit(outcome: RecordOutcome, where: Where, duplicate: Issue | undefined): void {
    const { summary, cross } = this.#settings;
    for (const issue of outcome.issues) this.report(issue, where);
    if (outcome.skipped) {
      summary.skip();
      return;
    }
    let ok = outcome.ok;
    if (duplicate !== undefined) {
      this.report(duplicate, where);
      ok = false;
    }
    summary.record(outcome.recordType, ok);
    if (ok && cross !== undefined) cross.markValid(where.recordIndex);
    if (ok) this.#settings.validRecords?.mark(where.recordIndex);
  }

  /** Checks a bundle header (the bundle with an empty `records`); it is not counted as a record. */
  checkHeader(header: unknown, line: number | undefined, raw?: RawText): void {
    const outcome = this.analyzer.analyze(header, "", false, undefined, raw);
    for (const issue of outcome.issues) this.reportInput(issue, line);
  }
  /** Counts a record that could not be read, with the issue saying why. */
  skip(issue: Issue | undefined, where: Where): void {
    if (issue !== undefined) this.report(issue, where);
    this.#settings.summary.skip();
  }

  /** Reports an issue at a record's place. */
  report(issue: Issue, where: Where): void {
    this.#settings.summary.issue(this.locate(issue, where));
  }

  /** Reports an issue about the input rather than a record (a header, the whole file). */
  reportInput(issue: Issue, line?: number, column?: number): void {
    this.#settings.summary.issue(
      this.locate(issue, { ...(line !== undefined && { line }), columnOf: () => column }),
    );
  }

  /** Adds the file, line, column and record position to an issue. */
  locate(issue: Issue, where: Partial<Where>): Located {
    const file = this.#settings.file;
    const column = where.columnOf?.(issue.path);
    return {
      ...issue,
      ...(file !== undefined && { file }),
      ...(where.line !== undefined && { line: where.line }),
      ...(column !== undefined && { column }),
      ...(where.recordIndex !== undefined && { recordIndex: where.recordIndex }),
    };
  }
}
