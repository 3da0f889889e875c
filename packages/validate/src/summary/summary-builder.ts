import type { RecordType } from "@tip/schema";
import type { Located, RecordTypeCounts, Summary } from "./summary.js";

/** Accumulates counts and issues while records are checked; keeps the first `maxIssues` issues. */
export class SummaryBuilder {
  total = 0;
  valid = 0;
  invalid = 0;
  skipped = 0;
  readonly #byCode: Record<string, number> = {};
  readonly #byRecordType: Partial<Record<RecordType, RecordTypeCounts>> = {};
  readonly #issues: Located[] = [];
  #truncated = false;
  #errors = 0;
  readonly #maxIssues: number;
  readonly #onIssue: ((issue: Located) => void) | undefined;

  constructor(maxIssues: number, onIssue?: (issue: Located) => void) {
    this.#maxIssues = maxIssues;
    this.#onIssue = onIssue;
  }

  /** Counts an issue; keeps it and hands it to `onIssue` while fewer than `maxIssues` are kept. */
  issue(issue: Located): void {
    this.#byCode[issue.code] = (this.#byCode[issue.code] ?? 0) + 1;
    if (issue.severity === "error") this.#errors++;
    if (this.#issues.length < this.#maxIssues) {
      this.#issues.push(issue);
      this.#onIssue?.(issue);
    } else this.#truncated = true;
  }

  /** Number of issues of severity `error`, kept or not. */
  get errors(): number {
    return this.#errors;
  }

  /** Counts a record that was checked. */
  record(recordType: RecordType | undefined, ok: boolean): void {
    this.total++;
    if (ok) this.valid++;
    else this.invalid++;
    if (recordType === undefined) return;
    let counts = this.#byRecordType[recordType];
    if (counts === undefined) {
      counts = { total: 0, valid: 0, invalid: 0 };
      this.#byRecordType[recordType] = counts;
    }
    counts.total++;
    if (ok) counts.valid++;
    else counts.invalid++;
  }

  /** Counts a record that could not be read or checked. */
  skip(): void {
    this.total++;
    this.skipped++;
  }

  /** Moves a record counted valid to invalid (a check across records failed after it was counted). */
  invalidate(recordType: RecordType): void {
    this.valid--;
    this.invalid++;
    const counts = this.#byRecordType[recordType];
    if (counts !== undefined) {
      counts.valid--;
      counts.invalid++;
    }
  }

  /** The summary so far. */
  summary(): Summary {
    return {
      total: this.total,
      valid: this.valid,
      invalid: this.invalid,
      skipped: this.skipped,
      errors: this.#errors,
      byCode: { ...this.#byCode },
      byRecordType: structuredClone(this.#byRecordType) as Record<string, RecordTypeCounts>,
      issues: [...this.#issues],
      truncated: this.#truncated,
    };
  }
}
