/**
 * Remembers the message ids an agency has opened, so a copy sent again is refused. A message id only needs
 * remembering until its envelope expires: after that the envelope is refused as expired anyway.
 *
 * The reference node implements this over a table with a unique key on the id; `MemoryReplayStore` serves one
 * process.
 */
export interface ReplayStore {
  /**
   * Records `messageId` as seen until `until` and says whether it is new (`true`) or was seen before and is
   * still remembered at `now` (`false`). Times in epoch milliseconds; `now` is the opener's clock, so a store
   * and its caller agree on what has expired. Must be atomic: two calls with one id at once may not both get
   * `true`.
   */
  remember(messageId: string, until: number, now: number): Promise<boolean> | boolean;
}

/** Calls between two prunings of forgotten entries. */
const PRUNE_EVERY = 1024;

/** A `ReplayStore` in memory, for one process; expired ids are dropped as new ones come. */
export class MemoryReplayStore implements ReplayStore {
  readonly #seen = new Map<string, number>();
  #calls = 0;

  remember(messageId: string, until: number, now: number): boolean {
    const id = messageId.toLowerCase();
    if (++this.#calls % PRUNE_EVERY === 0) this.#prune(now);
    const kept = this.#seen.get(id);
    if (kept !== undefined && kept > now) return false;
    this.#seen.set(id, until);
    return true;
  }

  /** How many ids are held (expired ones may linger until the next pruning). */
  get size(): number {
    return this.#seen.size;
  }

  #prune(now: number): void {
    for (const [id, until] of this.#seen) if (until <= now) this.#seen.delete(id);
  }
}
