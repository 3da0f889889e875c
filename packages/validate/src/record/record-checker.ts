import { formatMessage, type Issue, type LocaleBundle } from "@tip/schema";
import { duplicateKeyIssue } from "../json/duplicate-check.js";
import type { RawText } from "../json/raw-text.js";
import type { CrossChecks } from "../refs/cross-checks.js";
import type { Located } from "../summary/summary.js";
import type { SummaryBuilder } from "../summary/summary-builder.js";
import { checkFast } from "./check-fast.js";
import { inputIssue } from "./input-issue.js";

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
export interface CheckerSettings {
  readonly locale: LocaleBundle;
  readonly file: string | undefined;
  readonly maxDepth: number;
  /** Whether records may share objects or hold cycles (values from the API rather than parsed JSON). */
  readonly shared: boolean;
  /** Look for keys written twice in the text of a record. */
  readonly duplicateKeys: boolean;
  readonly summary: SummaryBuilder;
  readonly cross: CrossChecks | undefined;
}

/** Checks records one by one, locates their issues and counts them in the summary. */
export class RecordChecker {
  readonly #settings: CheckerSettings;
  readonly #limits: { maxDepth: number; shared: boolean; normalize: boolean };

  constructor(settings: CheckerSettings) {
    this.#settings = settings;
    this.#limits = { maxDepth: settings.maxDepth, shared: settings.shared, normalize: !settings.shared };
  }

  /**
   * Checks one record: structure, rules, nesting, duplicate keys (given its text), id and references. `found`
   * is an issue met while reading it.
   */
  check(value: unknown, where: Where, found?: Issue, raw?: RawText): void {
    const { locale, summary, cross } = this.#settings;
    if (where.contained === true && isBundle(value)) {
      if (found !== undefined) this.report(found, where);
      const message = formatMessage(locale, "invalid_record_type", {});
      const path = `${where.prefix}/recordType`;
      this.report({ code: "invalid_record_type", path, severity: "error", message, params: {} }, where);
      summary.record(undefined, false);
      return;
    }
    const result = checkFast(value, locale, where.prefix, this.#limits);
    if (found !== undefined) this.report(found, where);
    let ok = found === undefined || found.severity !== "error";
    if (this.#settings.duplicateKeys && raw !== undefined && value !== null && typeof value === "object") {
      const duplicate = duplicateKeyIssue(raw, result?.keys, where.prefix, locale);
      if (duplicate !== undefined) {
        this.report(duplicate, where);
        ok = false;
      }
    }
    if (result === undefined) {
      this.skip(
        inputIssue("nesting_too_deep", where.prefix, { maxDepth: this.#settings.maxDepth }, locale),
        where,
      );
      return;
    }
    ok &&= result.ok;
    for (const issue of result.issues) this.report(issue, where);
    if (cross !== undefined && result.recordType !== undefined) {
      const duplicate = cross.add(value as object, result.recordType, where);
      if (duplicate !== undefined) {
        this.report(duplicate, where);
        ok = false;
      }
    }
    summary.record(result.recordType, ok);
    if (ok && cross !== undefined) cross.markValid(where.recordIndex);
  }

  /** Checks a bundle header (the bundle with an empty `records`); it is not counted as a record. */
  checkHeader(header: unknown, line: number | undefined, raw?: RawText): void {
    const { locale, maxDepth } = this.#settings;
    if (this.#settings.duplicateKeys && raw !== undefined) {
      const duplicate = duplicateKeyIssue(raw, undefined, "", locale);
      if (duplicate !== undefined) this.reportInput(duplicate, line);
    }
    const result = checkFast(header, locale, "", this.#limits);
    if (result === undefined)
      this.reportInput(inputIssue("nesting_too_deep", "", { maxDepth }, locale), line);
    else for (const issue of result.issues) this.reportInput(issue, line);
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

function isBundle(value: unknown): boolean {
  return (
    value !== null &&
    typeof value === "object" &&
    Object.hasOwn(value, "recordType") &&
    (value as { recordType: unknown }).recordType === "bundle"
  );
}
