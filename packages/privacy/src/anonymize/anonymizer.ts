import { ClassSuppression, type SuppressionReport } from "../k-anonymity/class-suppression.js";
import { DEFAULT_K } from "../k-anonymity/k-anonymity.js";
import { pseudonymizeEach } from "../pseudonymize/pseudonymize.js";
import { emptyTally, type RedactionTally } from "../redact/tally.js";
import {
  type AnonymizeOptions,
  type AnonymizeReport,
  anonymizeEnvelope,
  DEFAULT_QUASI,
  prepareRecord,
} from "./anonymize.js";

/** What `Anonymizer.survey` found in a record: kept for now, or left out (not a record that can be kept). */
export type SurveyOutcome = "kept" | "leftOut";

/**
 * `anonymize` for inputs too large to hold: the records are read twice and never kept. First pass: `survey`
 * every record (generalise, redact and count its class of quasi identifier values), then `solve` once. Second
 * pass, in the same order: `anonymizeBatch` gives each record anonymised (generalised, redacted, suppressed to
 * k-anonymity, pseudonymised), or `undefined` when it is left out or removed. Memory holds one entry per
 * distinct combination of quasi identifier values, not the records. The output is the same as `anonymize`'s
 * for the same records, bundles aside (give their envelope to `anonymizeEnvelope`).
 */
export class Anonymizer {
  readonly #options: AnonymizeOptions;
  readonly #suppression: ClassSuppression;
  readonly #tally = emptyTally();
  #surveyed = 0;
  #written = 0;
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
    const prepared = prepareRecord(record, this.#options, this.#tally);
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

  /** Second pass: the records anonymised, position by position; `undefined` for one left out or removed. */
  async anonymizeBatch(records: readonly unknown[]): Promise<(Record<string, unknown> | undefined)[]> {
    const scratch: RedactionTally = emptyTally();
    const kept: Record<string, unknown>[] = [];
    const positions: number[] = [];
    records.forEach((record, position) => {
      const prepared = prepareRecord(record, this.#options, scratch);
      if (prepared === undefined || this.#suppression.apply(prepared) === "removed") return;
      kept.push(prepared);
      positions.push(position);
    });
    const pseudonymised = await pseudonymizeEach(kept, { key: this.#options.key });
    const out: (Record<string, unknown> | undefined)[] = records.map(() => undefined);
    pseudonymised.forEach((record, at) => {
      if (record === undefined) return;
      out[positions[at] as number] = record;
      this.#written++;
    });
    return out;
  }

  /** A bundle's envelope (without its records), redacted and pseudonymised. */
  anonymizeEnvelope(envelope: Record<string, unknown>): Promise<Record<string, unknown> | undefined> {
    return anonymizeEnvelope(envelope, this.#options);
  }

  /** What was done: records surveyed and written, what redaction removed, what suppression cost. */
  report(): AnonymizeReport {
    if (this.#suppressionReport === undefined) throw new Error("Anonymizer: report before solve");
    return {
      recordsIn: this.#surveyed,
      recordsOut: this.#written,
      redaction: this.#tally,
      suppression: this.#suppressionReport,
    };
  }
}
