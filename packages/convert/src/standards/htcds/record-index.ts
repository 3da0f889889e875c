import type { Agency, Case, Perpetrator, Referral, TipRecord, Victim } from "@tip/schema";

/** The records one HTCDS row is written from. */
export interface RowContext {
  readonly victim: Victim;
  readonly case?: Case;
  /**
   * The organisation keeping the file (`org_` fields): the case's first reporting agency, else the sender of the
   * victim's first referral.
   */
  readonly agency?: Agency;
  readonly perpetrator?: Perpetrator;
  /** The victim's first referral to the keeper (HTCDS incoming referral). */
  readonly incoming?: Referral;
  /** The victim's first referral from the keeper (HTCDS outgoing referral), else its first other referral. */
  readonly outgoing?: Referral;
  /** How many cases, perpetrators and referrals the victim has (only the first of each fits a row). */
  readonly counts: { readonly cases: number; readonly perpetrators: number; readonly referrals: number };
}

/** A field that should be a list, as a list: a record that is not valid may hold anything there. */
function listOf<T>(value: readonly T[] | undefined): readonly T[] {
  return Array.isArray(value) ? value : [];
}

/** A field that should be an object, or `undefined`. */
function objectOf<T extends object>(value: T | undefined): T | undefined {
  return value !== null && typeof value === "object" ? value : undefined;
}

function push<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

/**
 * Finds, for each victim, the records its HTCDS row is made of: its case (listed in `case.victimIds` or
 * `victim.caseIds`), the organisation keeping it, its perpetrator (one related to the victim first), its referrals
 * to and from that organisation, and the agencies they name. Tracks which records were used, for the report.
 */
export class RecordIndex {
  private readonly agencies = new Map<string, Agency>();
  private readonly cases = new Map<string, Case>();
  private readonly casesOfVictim = new Map<string, Case[]>();
  private readonly referralsOfVictim = new Map<string, Referral[]>();
  private readonly perpetratorsOfCase = new Map<string, Perpetrator[]>();
  private readonly perpetrators = new Map<string, Perpetrator>();
  private readonly used = new Set<TipRecord>();

  constructor(readonly records: readonly TipRecord[]) {
    for (const record of records) {
      if (record === null || typeof record !== "object") continue;
      if (record.recordType === "agency") this.agencies.set(record.id, record);
      else if (record.recordType === "case") {
        this.cases.set(record.id, record);
        for (const victimId of listOf(record.victimIds)) push(this.casesOfVictim, victimId, record);
      } else if (record.recordType === "referral")
        push(this.referralsOfVictim, record.victimId ?? "", record);
      else if (record.recordType === "perpetrator") {
        this.perpetrators.set(record.id, record);
        for (const caseId of listOf(record.caseIds)) push(this.perpetratorsOfCase, caseId, record);
      }
    }
  }

  private use<T extends TipRecord>(record: T | undefined): T | undefined {
    if (record) this.used.add(record);
    return record;
  }

  /** An agency by id, marked as used. */
  agency(id: string | undefined): Agency | undefined {
    return this.use(id === undefined ? undefined : this.agencies.get(id));
  }

  /** The records of a victim's row, marked as used. */
  contextOf(victim: Victim): RowContext {
    this.use(victim);
    const cases = [...(this.casesOfVictim.get(victim.id) ?? [])];
    for (const id of listOf(victim.caseIds)) {
      const known = this.cases.get(id);
      if (known && !cases.includes(known)) cases.push(known);
    }
    const kase = this.use(cases[0]);
    // Perpetrators of the case: listed in `case.perpetratorIds` or naming the case in their `caseIds`.
    const listed = listOf(kase?.perpetratorIds).flatMap((id) => this.perpetrators.get(id) ?? []);
    const perpetrators = [...new Set([...listed, ...(this.perpetratorsOfCase.get(kase?.id ?? "") ?? [])])];
    const related = perpetrators.find((p) =>
      listOf(p.victimRelations).some((relation) => objectOf(relation)?.victimId === victim.id),
    );
    const referrals = this.referralsOfVictim.get(victim.id) ?? [];
    const keeperId = listOf(kase?.reportingAgencyIds)[0];
    // Records may be invalid (a referral missing a party): every part is optional here. Without a keeper, a
    // referral that names only its sender is one to the (unnamed) keeper, as `readHtcds` reads such a row; so is
    // one that names no agency at all but was received (`readHtcds` reads an incoming referral without the
    // referring organisation so), or its received date and reason would be written on the outgoing side.
    const toKeeper = (r: Referral) =>
      keeperId === undefined
        ? objectOf(r.to)?.agencyId === undefined &&
          (objectOf(r.from)?.agencyId !== undefined || wasReceived(r))
        : objectOf(r.to)?.agencyId === keeperId;
    const incoming = referrals.find(toKeeper);
    const others = referrals.filter((r) => r !== incoming);
    const outgoing = others.find((r) => objectOf(r.from)?.agencyId === keeperId) ?? others[0];
    const keeper = this.agency(keeperId ?? objectOf(outgoing?.from)?.agencyId);
    return {
      victim,
      ...(kase ? { case: kase } : {}),
      ...(keeper ? { agency: keeper } : {}),
      ...(perpetrators.length > 0 ? { perpetrator: this.use(related ?? perpetrators[0]) } : {}),
      ...(incoming ? { incoming: this.use(incoming) } : {}),
      ...(outgoing ? { outgoing: this.use(outgoing) } : {}),
      counts: { cases: cases.length, perpetrators: perpetrators.length, referrals: referrals.length },
    };
  }

  /** Whether a record went into some row. */
  isUsed(record: TipRecord): boolean {
    return this.used.has(record);
  }
}

/** Statuses only the receiving side of a referral sets. */
const RECEIVED_STATUSES: ReadonlySet<string> = new Set(["received", "accepted", "declined"]);

/** Whether a referral naming no sending agency was received: by its status, or a received date without a sent one. */
function wasReceived(referral: Referral): boolean {
  if (objectOf(referral.from)?.agencyId !== undefined) return false;
  if (RECEIVED_STATUSES.has(referral.status)) return true;
  return referral.receivedOn !== undefined && referral.sentOn === undefined;
}
