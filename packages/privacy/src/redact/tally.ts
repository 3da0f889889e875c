import type { PiiClass } from "@tip/schema";

/** How many values a redaction removed, by pii class, plus keys the model does not know. */
export interface RedactionTally {
  readonly removed: Record<Exclude<PiiClass, "none">, number>;
  /** Values removed because they did not conform to their field's schema (no check can vouch for them). */
  nonConforming: number;
  /** Properties whose names the model does not know. */
  unknownKeys: number;
  /** Records left out because they are not records of the model. */
  recordsLeftOut: number;
}

/** A tally at zero. */
export function emptyTally(): RedactionTally {
  return {
    removed: { direct: 0, quasi: 0, sensitive: 0 },
    nonConforming: 0,
    unknownKeys: 0,
    recordsLeftOut: 0,
  };
}
