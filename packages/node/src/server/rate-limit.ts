/** How many requests a caller may make: `perSecond` on average, in bursts of up to `burst`. */
export interface RateLimit {
  readonly perSecond: number;
  readonly burst: number;
}

/** The default: 50 requests a second per caller, bursts of 100. */
export const DEFAULT_RATE_LIMIT: RateLimit = { perSecond: 50, burst: 100 };

/** Most callers tracked at once; beyond it the longest idle are forgotten (they start again with a full bucket). */
const MAX_TRACKED = 10_000;

/** A token bucket per caller (an agency id, or an address before the caller is known), in memory. */
export class RateLimiter {
  readonly #buckets = new Map<string, { tokens: number; at: number }>();

  constructor(readonly limit: RateLimit) {}

  /** Takes a token for `caller`: 0 when allowed, else the seconds to wait. */
  take(caller: string, now: number): number {
    const bucket = this.#buckets.get(caller) ?? { tokens: this.limit.burst, at: now };
    this.#buckets.delete(caller);
    bucket.tokens = Math.min(
      this.limit.burst,
      bucket.tokens + ((now - bucket.at) / 1000) * this.limit.perSecond,
    );
    bucket.at = now;
    this.#buckets.set(caller, bucket);
    if (this.#buckets.size > MAX_TRACKED) {
      const oldest = this.#buckets.keys().next().value;
      if (oldest !== undefined) this.#buckets.delete(oldest);
    }
    if (bucket.tokens >= 1) {
      bucket.tokens -= 1;
      return 0;
    }
    return Math.max(1, Math.ceil((1 - bucket.tokens) / this.limit.perSecond));
  }
}
