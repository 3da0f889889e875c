import { ExternalSorter } from "./external-sorter.js";
import type { SpillDir } from "./spill-dir.js";

/** Kinds of issue found at the end, in the order they come within one record. */
export const DUPLICATE = 0;
export const DANGLING = 1;
export const CYCLE = 2;

/** A found issue: record index, kind, detail detail (tag or field), line, first location of a duplicate id. */
const WIDTH = 5;

/** Visits a found issue. */
export type FoundVisitor = (
  recordIndex: number,
  kind: number,
  detail: number,
  line: number,
  first: number,
) => void;

/**
 * The issues the checks across records find at the end, gathered as five numbers each and handed back in record
 * order (then kind, then field), whatever order they were found in: ids and references are joined in id order
 * once they spill to disk, so sorting the findings keeps the report the same with or without spilling.
 */
export class FoundIssues {
  readonly #sorter: ExternalSorter;
  readonly #tuple = new Uint32Array(WIDTH);

  constructor(memoryBytes: number, spill: SpillDir) {
    this.#sorter = new ExternalSorter({ width: WIDTH, keySize: 3, tiebreak: 3, memoryBytes, spill });
  }

  add(recordIndex: number, kind: number, detail: number, line: number, first = 0): void {
    const tuple = this.#tuple;
    tuple[0] = recordIndex;
    tuple[1] = kind;
    tuple[2] = detail;
    tuple[3] = line;
    tuple[4] = first;
    this.#sorter.push(tuple, 0);
  }

  /** Calls `visit` with each issue in order. Call once. */
  forEach(visit: FoundVisitor): void {
    const cursor = this.#sorter.sorted();
    while (cursor.next()) {
      const { numbers, at } = cursor;
      visit(
        numbers[at] as number,
        numbers[at + 1] as number,
        numbers[at + 2] as number,
        numbers[at + 3] as number,
        numbers[at + 4] as number,
      );
    }
    this.close();
  }

  /** Runs written to files. */
  get spilledRuns(): number {
    return this.#sorter.spilledRuns;
  }

  close(): void {
    this.#sorter.close();
  }
}
