import { type DataRead, DataReadError, DEFAULT_MAX_VALUES, readData } from "@tip/schema";
import { ClassSuppression, type SuppressionReport } from "../k-anonymity/class-suppression.js";
import { DEFAULT_K } from "../k-anonymity/k-anonymity.js";
import { readEnvelope } from "../model/read-envelope.js";
import { pseudonymizeEach } from "../pseudonymize/pseudonymize.js";
import { emptyTally, type RedactionTally } from "../redact/tally.js";
import {
  type AnonymizeOptions,
  type AnonymizeReport,
  anonymizeEnvelope,
  DEFAULT_QUASI,
  prepareRecord,
} from "./anonymize.js";

/**
 * What `Anonymizer.survey` found in a record: kept for now, left out (not a record that can be kept), or
 * unreadable (it cannot be read as data: a getter or proxy that throws, a cycle, too large or too deep).
 */
export type SurveyOutcome = "kept" | "leftOut" | "unreadable";

/**
 * `anonymize` for inputs too large to hold: the records are read twice and never kept. First pass: `survey`
 * every record (generalise, redact and count its class of quasi identifier values), then `solve` once. Second
 * pass, in the same order: `anonymizeBatch` gives each record anonymised (generalised, redacted, suppressed to
 * k-anonymity, pseudonymised), or `undefined` when it is left out or removed. Memory holds one entry per
 * distinct combination of quasi identifier values, not the records. The output is the same as `anonymize`'s
 * for the same records, bundles aside (give their envelope to `anonymizeEnvelope`).
 *
 * Never throws on a record: each is read once per pass as plain data (`readData` of `@tip/schema`), and one that
 * cannot be is left out and counted (`recordsUnreadable`); so is, in the second pass, a record unlike any of the
 * first (`recordsChanged`), whose class was never checked.
 */
export class Anonymizer {
  readonly #options: AnonymizeOptions;
  readonly #suppression: ClassSuppression;
  readonly #tally = emptyTally();
  #surveyed = 0;
  #written = 0;
  #unreadable = 0;
  /** Second pass: records unreadable there, and records of classes the first pass never saw. */
  #unreadableAgain = 0;
  #unseen = 0;
  #suppressionReport: SuppressionReport | undefined;

  constructor(options: AnonymizeOptions) {
    this.#options = options;
    this.#suppression = new ClassSuppression({
      quasi: options.quasi ?? DEFAULT_QUASI,
      k: options.k ?? DEFAULT_K,
    });
  }

  /** First pass: counts a record. */
  survey(record: unknown): SurveyOutcome {
    this.#surveyed++;
    const read = readData(record);
    if (!read.ok) {
      this.#unreadable++;
      return "unreadable";
    }
    const prepared = prepareRecord(read.value, this.#options, this.#tally);
    if (prepared === undefined) {
      this.#tally.recordsLeftOut++;
      return "leftOut";
    }
    this.#suppression.add(prepared);
    return "kept";
  }

  /** Between the passes: decides which values (and, as a last resort, which records) to suppress. */
  solve(): SuppressionReport {
    this.#suppressionReport = this.#suppression.solve();
    return this.#suppressionReport;
  }

  /**
   * Second pass: the records anonymised, position by position; `undefined` for one left out or removed.
   * Throws a `DataReadError` only when the list itself cannot be read (see `readRecords` of `@tip/schema`).
   */
  async anonymizeBatch(records: readonly unknown[]): Promise<(Record<string, unknown> | undefined)[]> {
    const length = listLength(records);
    const scratch: RedactionTally = emptyTally();
    const kept: Record<string, unknown>[] = [];
    const positions: number[] = [];
    for (let position = 0; position < length; position++) {
      const read = readItem(records, position);
      if (!read.ok) {
        this.#unreadableAgain++;
        continue;
      }
      const prepared = prepareRecord(read.value, this.#options, scratch);
      if (prepared === undefined) continue;
      const outcome = this.#suppression.apply(prepared);
      if (outcome === "unseen" || outcome === "unreadable") this.#unseen++;
      if (outcome !== "kept") continue;
      kept.push(prepared);
      positions.push(position);
    }
    const pseudonymised = await pseudonymizeEach(kept, { key: this.#options.key });
    const out: (Record<string, unknown> | undefined)[] = new Array(length).fill(undefined);
    pseudonymised.forEach((record, at) => {
      if (record === undefined) return;
      out[positions[at] as number] = record;
      this.#written++;
    });
    return out;
  }

  /**
   * A bundle's envelope (without its records), redacted and pseudonymised; undefined when it cannot be kept or
   * cannot be read as data.
   */
  async anonymizeEnvelope(envelope: Record<string, unknown>): Promise<Record<string, unknown> | undefined> {
    const read = readEnvelope(envelope);
    return read.ok ? anonymizeEnvelope(read.value as Record<string, unknown>, this.#options) : undefined;
  }

  /** What was done: records surveyed and written, what redaction removed, what suppression cost. */
  report(): AnonymizeReport {
    if (this.#suppressionReport === undefined) throw new Error("Anonymizer: report before solve");
    return {
      recordsIn: this.#surveyed,
      recordsOut: this.#written,
      redaction: this.#tally,
      suppression: this.#suppressionReport,
      recordsUnreadable: this.#unreadable,
      // A record unreadable in both passes was counted in the first.
      recordsChanged: this.#unseen + Math.max(0, this.#unreadableAgain - this.#unreadable),
    };
  }
}

/** The length of a list of records, or a `DataReadError` thrown: a list that is no array, or too long. */
function listLength(records: unknown): number {
  let length: unknown;
  try {
    length = Array.isArray(records) ? (records as unknown[]).length : undefined;
  } catch {
    // A revoked proxy, or a trap that throws.
  }
  if (typeof length !== "number" || !Number.isSafeInteger(length) || length < 0)
    throw new DataReadError("unreadable_value", "", undefined);
  if (length > DEFAULT_MAX_VALUES)
    throw new DataReadError("value_too_large", "", undefined, { maxValues: DEFAULT_MAX_VALUES });
  return length;
}

/** One item of a list read as plain data; never throws. */
function readItem(records: readonly unknown[], position: number): DataRead {
  let item: unknown;
  try {
    item = records[position];
  } catch {
    return { ok: false, code: "unreadable_value", path: [], params: {} };
  }
  return readData(item);
}
