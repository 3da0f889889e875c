import { tmpdir } from "node:os";
import { ExternalSorter } from "./external-sorter.js";
import { SpillDir } from "./spill-dir.js";

/** Where a referral that closes a circle was found. */
export interface ChainCycle {
  readonly recordIndex: number;
  readonly line: number;
}

/** Options of `ReferralChains`. */
export interface ChainOptions {
  /** Memory for the referrals before they go, sorted, to run files. */
  readonly memoryBytes: number;
  readonly spill: SpillDir;
}

/** Numbers of a referral: victim, from-agency and to-agency ids (4 numbers each), record index, line. */
const WIDTH = 14;
const RECORD = 12;
const LINE = 13;

/**
 * Collects each victim's referrals (from agency, to agency) and finds those that close a circle: a referral
 * to an agency the person already passed through on this path (A to B, then B back to A). Referrals are
 * sorted by victim in an `ExternalSorter` (56 bytes each), so past their memory share they wait on disk and
 * come back one victim at a time.
 */
export class ReferralChains {
  readonly #steps: ExternalSorter;
  readonly #step = new Uint32Array(WIDTH);

  constructor(options: ChainOptions = { memoryBytes: 1 << 20, spill: new SpillDir(tmpdir()) }) {
    this.#steps = new ExternalSorter({
      width: WIDTH,
      keySize: 4,
      tiebreak: RECORD,
      evenKey: true,
      ...options,
    });
  }

  /** Bytes held in memory. */
  get byteLength(): number {
    return this.#steps.byteLength;
  }

  /** Adds a referral; `keys` holds the packed victim, from-agency and to-agency ids at `at`, +4 and +8. */
  add(keys: Uint32Array, at: number, recordIndex: number, line: number): void {
    const step = this.#step;
    for (let i = 0; i < 12; i++) step[i] = keys[at + i] as number;
    step[RECORD] = recordIndex;
    step[LINE] = line;
    this.#steps.push(step, 0);
  }

  /** The referrals that close a circle, victim by victim, in input order within each victim. Call once. */
  *cycles(): Generator<ChainCycle> {
    const cursor = this.#steps.sorted();
    const victim = new VictimSteps();
    let more = cursor.next();
    while (more) {
      victim.start(cursor.numbers, cursor.at);
      do {
        victim.add(cursor.numbers, cursor.at);
        more = cursor.next();
      } while (more && victim.owns(cursor.numbers, cursor.at));
      yield* victim.cycles();
    }
    this.#steps.close();
  }

  /** Deletes the run files, if any. */
  close(): void {
    this.#steps.close();
  }
}

/** The referrals of one victim, agencies numbered in order of appearance. */
class VictimSteps {
  readonly #victim = new Uint32Array(4);
  readonly #agencies = new Map<string, number>();
  readonly #from: number[] = [];
  readonly #to: number[] = [];
  readonly #places: ChainCycle[] = [];

  start(numbers: Uint32Array, at: number): void {
    for (let i = 0; i < 4; i++) this.#victim[i] = numbers[at + i] as number;
    this.#agencies.clear();
    this.#from.length = 0;
    this.#to.length = 0;
    this.#places.length = 0;
  }

  /** Whether a step is about this victim. */
  owns(numbers: Uint32Array, at: number): boolean {
    const victim = this.#victim;
    return (
      numbers[at] === victim[0] &&
      numbers[at + 1] === victim[1] &&
      numbers[at + 2] === victim[2] &&
      numbers[at + 3] === victim[3]
    );
  }

  add(numbers: Uint32Array, at: number): void {
    this.#from.push(this.#agency(numbers, at + 4));
    this.#to.push(this.#agency(numbers, at + 8));
    this.#places.push({ recordIndex: numbers[at + RECORD] as number, line: numbers[at + LINE] as number });
  }

  *cycles(): Generator<ChainCycle> {
    const from = this.#from;
    const to = this.#to;
    if (from.length === 1 && from[0] !== to[0]) return;
    const next = new Map<number, number[]>();
    for (let edge = 0; edge < from.length; edge++) {
      const a = from[edge] as number;
      const b = to[edge] as number;
      if (a === b || reaches(next, b, a)) yield this.#places[edge] as ChainCycle;
      const targets = next.get(a);
      if (targets === undefined) next.set(a, [b]);
      else targets.push(b);
    }
  }

  #agency(numbers: Uint32Array, at: number): number {
    const key = `${numbers[at]}:${numbers[at + 1]}:${numbers[at + 2]}:${numbers[at + 3]}`;
    let id = this.#agencies.get(key);
    if (id === undefined) {
      id = this.#agencies.size;
      this.#agencies.set(key, id);
    }
    return id;
  }
}

function reaches(next: ReadonlyMap<number, readonly number[]>, start: number, goal: number): boolean {
  const stack = [start];
  const seen = new Set<number>([start]);
  while (stack.length > 0) {
    const node = stack.pop() as number;
    if (node === goal) return true;
    for (const target of next.get(node) ?? []) {
      if (!seen.has(target)) {
        seen.add(target);
        stack.push(target);
      }
    }
  }
  return false;
}
