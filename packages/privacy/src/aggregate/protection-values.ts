import { CODE_LISTS } from "@tip/schema";
import { isPlainObject } from "../model/record-object.js";
import type { Classified } from "./classification.js";
import { type Dimension, UNKNOWN } from "./dimensions.js";
import { codeOf, yearOf } from "./victim-values.js";

type Raw = Record<string, unknown>;

/** A helpline contact's value on a dimension: its channel, its outcome, or the year of the contact. */
export function classifyContact(contact: Raw, dimension: Dimension): Classified {
  switch (dimension) {
    case "channel":
      return codeOf(CODE_LISTS.helpline_channel, contact.channel);
    case "outcome":
      return codeOf(CODE_LISTS.helpline_outcome, contact.outcome);
    case "year": {
      const year = yearOf(contact.contactedAt);
      return year === undefined ? { values: [UNKNOWN], reason: "not_recorded" } : { values: [year] };
    }
    default:
      return { values: [UNKNOWN], reason: "not_recorded" };
  }
}

/** A compensated victim: the sources and the years of the payments she received. */
export interface CompensatedVictim {
  readonly sources: Set<string>;
  readonly years: Set<string>;
}

/** Kinds of protection measure whose payment compensates a victim. */
const PAYING_KINDS: ReadonlySet<unknown> = new Set(["compensation", "restitution"]);

/**
 * Gathers, from protection measures, the distinct victims with a compensation or restitution marked paid: one
 * entry per such victim (keyed by `victimId`), holding only the sources and years of her payments.
 */
export class CompensatedVictims {
  readonly #byVictim = new Map<string, CompensatedVictim>();

  /** Notes a protection measure; passes over one that is not a paid compensation of a named victim. */
  add(measure: Raw): void {
    const detail = measure.compensation;
    if (!PAYING_KINDS.has(measure.kind) || !isPlainObject(detail) || detail.paid !== true) return;
    if (typeof measure.victimId !== "string") return;
    const key = measure.victimId.toLowerCase();
    let victim = this.#byVictim.get(key);
    if (victim === undefined) {
      victim = { sources: new Set(), years: new Set() };
      this.#byVictim.set(key, victim);
    }
    victim.sources.add(codeOf(CODE_LISTS.compensation_source, detail.source).values[0] as string);
    victim.years.add(yearOf(detail.paidOn) ?? UNKNOWN);
  }

  /** The compensated victims gathered so far. */
  victims(): Iterable<CompensatedVictim> {
    return this.#byVictim.values();
  }
}

/** A compensated victim's values on a dimension: every source or year of her payments (counted once in totals). */
export function classifyCompensated(victim: CompensatedVictim, dimension: Dimension): Classified {
  const values = dimension === "compensation_source" ? victim.sources : victim.years;
  const known = [...values].filter((value) => value !== UNKNOWN).sort();
  if (known.length > 0) return { values: known };
  return { values: [UNKNOWN], reason: "not_recorded" };
}
