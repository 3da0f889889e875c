import { CODE_LISTS } from "@tip/schema";
import { isPlainObject, objectOfRecord } from "../model/record-object.js";
import { type ConsentQuery, consentRefusal } from "./consent-check.js";
import type { Refusal, RefusalCode } from "./refusal.js";

/** Options of `exportGate`. */
export interface ExportGateOptions {
  /** Id of the agency the data go to. */
  readonly recipient: string;
  /** Why: a code of the consent_purpose list (`referral_transnational`, `criminal_proceedings`...). */
  readonly purpose: string;
  /** The recipient's country, for consents given per country; else read from the input's agency records or recipients. */
  readonly recipientCountry?: string;
  /** The day of the export, `YYYY-MM-DD`; default today (UTC). */
  readonly on?: string;
}

/** What the gate takes: a bundle, or any object with the records (NDJSON input: `{ records }`). */
export interface GateInput {
  readonly records: readonly unknown[];
  readonly tlp?: unknown;
  readonly recipients?: unknown;
}

/** What may be sent, and what may not and why. */
export interface ExportGateResult<B extends GateInput> {
  /** True when nothing was refused. */
  readonly ok: boolean;
  /** The input with only the records that may be sent. */
  readonly bundle: B;
  readonly refused: readonly Refusal[];
}

type Raw = Record<string, unknown>;

/**
 * Checks every record against the person's consent and the TLP marking before data leave the agency. Refused:
 * a victim whose consents do not cover the purpose and the recipient (given, not withdrawn, not expired);
 * a referral or case about such a victim, or about a victim not in the input (whose consent cannot be checked);
 * a referral made under a named consent that does not cover them; every record of a bundle marked TLP:RED when
 * the recipient is not one of its named recipients; anything that is not a record. Perpetrator and agency
 * records carry no victim's consent and pass, without links to victims that are not sent. Each refusal names the
 * record by id and the missing permission. Throws a `RangeError` for an unknown purpose.
 */
export function exportGate<B extends GateInput>(bundle: B, options: ExportGateOptions): ExportGateResult<B> {
  if (!CODE_LISTS.consent_purpose.has(options.purpose)) {
    throw new RangeError(`Unknown purpose ${options.purpose}: use a code of the consent_purpose list`);
  }
  const query: ConsentQuery = {
    purpose: options.purpose,
    recipient: options.recipient,
    recipientCountry: options.recipientCountry ?? recipientCountryIn(bundle, options.recipient),
    on: options.on ?? new Date().toISOString().slice(0, 10),
  };
  const refuse = (
    record: unknown,
    position: number,
    code: RefusalCode,
    extra: Partial<Refusal["params"]> = {},
  ) => refusalOf(record, position, code, { purpose: query.purpose, recipient: query.recipient, ...extra });
  if (bundle.tlp === "RED" && !namedRecipients(bundle).has(options.recipient.toLowerCase())) {
    const refused = bundle.records.map((record, index) => refuse(record, index, "tlp_red_not_addressed"));
    return { ok: refused.length === 0, bundle: { ...bundle, records: [] }, refused };
  }
  const victims = victimsById(bundle.records);
  const victimRefusals = new Map<string, RefusalCode | undefined>();
  for (const [id, victim] of victims) victimRefusals.set(id, consentRefusal(victim.consents, query));
  const refused: Refusal[] = [];
  const sent: unknown[] = [];
  const sentVictims = new Set([...victimRefusals].filter(([, code]) => code === undefined).map(([id]) => id));
  bundle.records.forEach((record, index) => {
    const type = objectOfRecord(record);
    const raw = record as Raw;
    if (type === undefined || type === "bundle" || typeof raw.id !== "string") {
      refused.push(refuse(record, index, "not_a_record"));
      return;
    }
    const problem = recordProblem(type, raw, victims, victimRefusals, query);
    if (problem) refused.push(refuse(record, index, problem.code, problem.params));
    else sent.push(type === "perpetrator" ? withoutUnsentVictims(raw, sentVictims) : record);
  });
  return { ok: refused.length === 0, bundle: { ...bundle, records: sent }, refused };
}

type Problem = { readonly code: RefusalCode; readonly params?: Partial<Refusal["params"]> };

function recordProblem(
  type: string,
  record: Raw,
  victims: ReadonlyMap<string, Raw>,
  victimRefusals: ReadonlyMap<string, RefusalCode | undefined>,
  query: ConsentQuery,
): Problem | undefined {
  const aboutVictim = (victimId: unknown): Problem | undefined => {
    const id = typeof victimId === "string" ? victimId.toLowerCase() : "";
    if (!victims.has(id)) return { code: "victim_not_in_export", params: { victimId: String(victimId) } };
    if (victimRefusals.get(id) !== undefined)
      return { code: "linked_victim_refused", params: { victimId: String(victimId) } };
    return undefined;
  };
  if (type === "victim") {
    const code = victimRefusals.get((record.id as string).toLowerCase());
    return code ? { code } : undefined;
  }
  if (type === "referral") {
    if (typeof record.consentId === "string") {
      const victim = victims.get(typeof record.victimId === "string" ? record.victimId.toLowerCase() : "");
      if (victim === undefined) return aboutVictim(record.victimId);
      const code = consentRefusal(victim.consents, query, record.consentId);
      return code
        ? { code, params: { victimId: String(record.victimId), consentId: record.consentId } }
        : undefined;
    }
    return aboutVictim(record.victimId);
  }
  if (type === "case") {
    for (const victimId of Array.isArray(record.victimIds) ? record.victimIds : []) {
      const problem = aboutVictim(victimId);
      if (problem) return problem;
    }
  }
  return undefined;
}

function victimsById(records: readonly unknown[]): Map<string, Raw> {
  const victims = new Map<string, Raw>();
  for (const record of records) {
    if (objectOfRecord(record) === "victim" && typeof (record as Raw).id === "string") {
      victims.set(((record as Raw).id as string).toLowerCase(), record as Raw);
    }
  }
  return victims;
}

function namedRecipients(bundle: GateInput): Set<string> {
  const parties = Array.isArray(bundle.recipients) ? bundle.recipients : [];
  return new Set(
    parties
      .filter(isPlainObject)
      .flatMap((party) => (typeof party.agencyId === "string" ? [party.agencyId.toLowerCase()] : [])),
  );
}

function recipientCountryIn(bundle: GateInput, recipient: string): string | undefined {
  const id = recipient.toLowerCase();
  for (const record of bundle.records) {
    const raw = record as Raw;
    if (objectOfRecord(record) === "agency" && typeof raw.id === "string" && raw.id.toLowerCase() === id) {
      if (typeof raw.country === "string") return raw.country;
    }
  }
  const parties = Array.isArray(bundle.recipients) ? bundle.recipients : [];
  const party = parties
    .filter(isPlainObject)
    .find((item) => typeof item.agencyId === "string" && item.agencyId.toLowerCase() === id);
  return typeof party?.country === "string" ? party.country : undefined;
}

/** A perpetrator record without its relations to victims that are not sent. */
function withoutUnsentVictims(record: Raw, sentVictims: ReadonlySet<string>): Raw {
  if (!Array.isArray(record.victimRelations)) return record;
  const relations = record.victimRelations.filter(
    (relation) =>
      isPlainObject(relation) &&
      typeof relation.victimId === "string" &&
      sentVictims.has(relation.victimId.toLowerCase()),
  );
  const copy = { ...record };
  if (relations.length > 0) copy.victimRelations = relations;
  else delete copy.victimRelations;
  return copy;
}

function refusalOf(record: unknown, position: number, code: RefusalCode, params: Refusal["params"]): Refusal {
  const raw = isPlainObject(record) ? record : {};
  const id = typeof raw.id === "string" && objectOfRecord(record) !== undefined ? raw.id : `#${position + 1}`;
  const recordType = objectOfRecord(record) ?? "unknown";
  return { id, recordType, code, params };
}
