/** When a key may be used: from `validFrom` (inclusive) until `validUntil` (exclusive), in epoch milliseconds. */
export interface KeyPeriod {
  readonly validFrom?: number;
  readonly validUntil?: number;
}

/** The period of a key document's members. */
export function periodOf(key: {
  validFrom?: string | undefined;
  validUntil?: string | undefined;
}): KeyPeriod {
  return {
    ...(key.validFrom === undefined ? {} : { validFrom: Date.parse(key.validFrom) }),
    ...(key.validUntil === undefined ? {} : { validUntil: Date.parse(key.validUntil) }),
  };
}

/** True when the key may be used at `at` (epoch milliseconds). */
export function inPeriod(period: KeyPeriod, at: number): boolean {
  return (
    (period.validFrom === undefined || period.validFrom <= at) &&
    (period.validUntil === undefined || at < period.validUntil)
  );
}

/** Of the keys usable at `at`, the one that became valid last (the newest after a rotation). */
export function newestAt<K extends KeyPeriod>(keys: readonly K[], at: number): K | undefined {
  let best: K | undefined;
  for (const key of keys) {
    if (!inPeriod(key, at)) continue;
    if (
      best === undefined ||
      (key.validFrom ?? Number.NEGATIVE_INFINITY) > (best.validFrom ?? Number.NEGATIVE_INFINITY)
    )
      best = key;
  }
  return best;
}
