import type { Issue, MessageLocale } from "@tip/schema";
import { LINE_SIZE, type LineBatch } from "../../formats/ndjson/line-batch.js";
import type { Detected } from "../../io/sniff.js";
import type { CrossChecks } from "../../refs/cross-checks.js";
import { packedLength } from "../../refs/packed-ids.js";
import { inputIssue } from "../../shared/input-issue.js";
import type { RecordChecker, Where } from "../record-checker.js";
import {
  type BatchOutcome,
  hasPackedIds,
  isOk,
  KIND_BLANK,
  KIND_SKIPPED,
  KIND_TOO_LONG,
  KIND_UNREADABLE,
  kindOf,
  type LineExtra,
  type LineFailure,
  recordTypeOf,
} from "./batch-analysis.js";

/** Lines that fail before any line parses before the input is declared not NDJSON (one issue, not a flood). */
const FAILURES_BEFORE_VERDICT = 3;
const NO_ISSUES: readonly Issue[] = [];

/** Settings of the NDJSON reader. */
export interface ReaderSettings {
  readonly locale: MessageLocale;
  readonly maxLineBytes: number;
  readonly checker: RecordChecker;
  readonly cross: CrossChecks | undefined;
}

/**
 * Takes the analysed batches of an NDJSON input in order and does what depends on order: numbering records,
 * the checks across records, counting, and deciding whether the input is NDJSON at all. A line that cannot
 * be read is counted as skipped with one issue; when the first lines all fail, the input is reported once as
 * not NDJSON and the rest of its lines are counted as skipped, not checked, instead of flooding the report.
 */
export class NdjsonReader {
  readonly #settings: ReaderSettings;
  #records = 0;
  #parsed = false;
  #verdict = false;
  #held: [Issue, Where][] = [];
  #firstDetected: Detected = "text";

  constructor(settings: ReaderSettings) {
    this.#settings = settings;
  }

  /** Counts and reports the lines of a batch, given what `analyzeBatch` found in them. */
  take(batch: LineBatch, outcome: BatchOutcome): void {
    const { checker, cross } = this.#settings;
    const { numbers, extras } = outcome;
    let w = 0;
    let e = 0;
    for (let index = 0; index < batch.count; index++) {
      const lineInfo = numbers[w++] as number;
      const kind = kindOf(lineInfo);
      if (kind === KIND_BLANK) continue;
      let extra: LineExtra | undefined;
      if (extras[e]?.index === index) extra = extras[e++];
      const line = batch.lines[index * LINE_SIZE + 2] as number;
      if (kind === KIND_TOO_LONG) {
        this.#tooLong(line);
        continue;
      }
      const where: Where = { recordIndex: this.#records++, line, prefix: "" };
      const packedAt = w;
      if (hasPackedIds(lineInfo)) w += packedLength(numbers, w);
      if (this.#verdict) {
        // The input is not NDJSON: its lines are counted, not checked.
        checker.skip(undefined, where);
        continue;
      }
      if (kind === KIND_UNREADABLE) {
        this.#fail(extra?.failure as LineFailure, where);
        continue;
      }
      if (!this.#parsed) {
        this.#parsed = true;
        this.#flush();
      }
      const recordType = recordTypeOf(lineInfo);
      const duplicate =
        cross !== undefined && hasPackedIds(lineInfo) && recordType !== undefined
          ? cross.addPacked(numbers, packedAt, recordType, where)
          : undefined;
      const skipped = kind === KIND_SKIPPED;
      const issues = extra?.issues ?? NO_ISSUES;
      checker.commit({ recordType, ok: isOk(lineInfo), skipped, issues }, where, duplicate);
    }
  }

  /** Reports the whole input as not NDJSON. */
  notNdjson(detected: Detected, line: number): void {
    this.#verdict = true;
    const issue = inputIssue(
      "not_declared_format",
      "",
      { declared: "NDJSON", detected },
      this.#settings.locale,
    );
    this.#settings.checker.reportInput(issue, line);
  }

  /** Ends the input: a short input whose lines all failed is reported as not NDJSON unless it looks like it. */
  finish(): void {
    if (this.#parsed || this.#held.length === 0) return;
    if (this.#firstDetected === "ndjson") this.#flush();
    else {
      this.notNdjson(this.#firstDetected, this.#held[0]?.[1].line ?? 1);
      this.#held = [];
    }
  }

  #tooLong(line: number): void {
    const where: Where = { recordIndex: this.#records++, line, prefix: "" };
    const { maxLineBytes, locale, checker } = this.#settings;
    checker.skip(inputIssue("line_too_long", "", { maxBytes: maxLineBytes }, locale), where);
  }

  #fail(failure: LineFailure, where: Where): void {
    const { checker } = this.#settings;
    const position = failure.position;
    const located = position === undefined ? where : { ...where, columnOf: () => position + 1 };
    checker.skip(undefined, located);
    if (this.#parsed) {
      checker.report(failure.issue, located);
      return;
    }
    if (this.#held.length === 0) this.#firstDetected = failure.detected;
    this.#held.push([failure.issue, located]);
    if (this.#held.length >= FAILURES_BEFORE_VERDICT) {
      const detected = this.#firstDetected === "ndjson" ? "json" : this.#firstDetected;
      this.notNdjson(detected, this.#held[0]?.[1].line ?? 1);
      this.#held = [];
    }
  }

  #flush(): void {
    for (const [issue, where] of this.#held) this.#settings.checker.report(issue, where);
    this.#held = [];
  }
}
