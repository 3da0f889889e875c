import { IdIndex } from "./id-index.js";
import { U32List } from "./u32-list.js";

/** Where a referral that closes a circle was found. */
export interface ChainCycle {
  readonly recordIndex: number;
  readonly line: number;
}

/**
 * Collects each victim's referrals (from agency, to agency) and finds those that close a circle: a referral to
 * an agency the person already passed through on this path (A to B, then B back to A). Keys are interned to
 * small integers, so a referral costs five 32-bit words.
 */
export class ReferralChains {
  readonly #interner = new IdIndex(256);
  #next = 0;
  readonly #victim = new U32List();
  readonly #from = new U32List();
  readonly #to = new U32List();
  readonly #record = new U32List();
  readonly #line = new U32List();

  /** Adds a referral; `keys` holds the packed victim, from-agency and to-agency ids at `at`, +4 and +8. */
  add(keys: Uint32Array, at: number, recordIndex: number, line: number): void {
    this.#victim.push(this.#intern(keys, at));
    this.#from.push(this.#intern(keys, at + 4));
    this.#to.push(this.#intern(keys, at + 8));
    this.#record.push(recordIndex);
    this.#line.push(line);
  }

  /** The referrals that close a circle, in input order within each victim. */
  *cycles(): Generator<ChainCycle> {
    const count = this.#victim.length;
    const order = new Uint32Array(count);
    for (let i = 0; i < count; i++) order[i] = i;
    order.sort((a, b) => this.#victim.get(a) - this.#victim.get(b) || a - b);
    let start = 0;
    while (start < count) {
      const victim = this.#victim.get(order[start] as number);
      let end = start;
      while (end < count && this.#victim.get(order[end] as number) === victim) end++;
      if (
        end - start > 1 ||
        this.#from.get(order[start] as number) === this.#to.get(order[start] as number)
      ) {
        yield* this.#cyclesOf(order.subarray(start, end));
      }
      start = end;
    }
  }

  *#cyclesOf(edges: Uint32Array): Generator<ChainCycle> {
    const next = new Map<number, number[]>();
    for (const edge of edges) {
      const from = this.#from.get(edge);
      const to = this.#to.get(edge);
      if (from === to || reaches(next, to, from)) {
        yield { recordIndex: this.#record.get(edge), line: this.#line.get(edge) };
      }
      const targets = next.get(from);
      if (targets === undefined) next.set(from, [to]);
      else targets.push(to);
    }
  }

  #intern(keys: Uint32Array, at: number): number {
    const slot = this.#interner.add(keys, at, 1, this.#next);
    if (slot >= 0) return this.#interner.whereAt(slot);
    return this.#next++;
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
