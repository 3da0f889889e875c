import { CODE_LISTS, DataReadError, type KeyTree, readData, readRecords } from "@tip/schema";
import { readEnvelope } from "../model/read-envelope.js";
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
 * record by id and the missing permission. Throws a `RangeError` for an unknown purpose, and a
 * `DataReadError` (from `@tip/schema`, with the record's position and a pointer) when the input or a record
 * cannot be read as data: a getter or proxy that throws, a cycle, a function, over 1,000,000 values, nesting
 * over 64 deep. The `bundle` returned is a plain copy of the input. Built on `ExportGate`, which streaming
 * callers use directly.
 */
export function exportGate<B extends GateInput>(input: B, options: ExportGateOptions): ExportGateResult<B> {
  const gate = new ExportGate(options);
  const bundle = readGateInput(input);
  gate.envelope(bundle);
  for (const record of bundle.records) gate.survey(record);
  const refused: Refusal[] = [];
  const sent: unknown[] = [];
  bundle.records.forEach((record, index) => {
    const verdict = gate.check(record, index);
    if ("refusal" in verdict) refused.push(verdict.refusal);
    else sent.push(verdict.send);
  });
  return { ok: refused.length === 0, bundle: { ...bundle, records: sent }, refused };
}

/** The gate's input as plain data: its envelope and each record read by `readData`. */
function readGateInput<B extends GateInput>(input: B): B {
  const header = readEnvelope(input);
  if (!header.ok) throw DataReadError.of(header);
  let records: unknown;
  try {
    records = (input as unknown as Raw).records;
  } catch {
    throw new DataReadError("unreadable_value", "", undefined);
  }
  return { ...(header.value as Raw), records: readRecords(records) } as unknown as B;
}

/** What `ExportGate.check` says of one record: what to send, or why not. */
export type GateVerdict = { readonly send: unknown } | { readonly refusal: Refusal };

/** What the first pass reads of a record: a victim's consents, an agency's country. */
const SURVEYED: KeyTree = new Map([
  ["recordType", true],
  ["id", true],
  ["consents", true],
  ["country", true],
]);

/**
 * `exportGate` for inputs too large to hold: the records are read twice. First pass: `survey` every record and
 * give the bundle's envelope (without its records) to `envelope`; second pass, in any order: `check` each.
 * Memory holds the consents of each victim (by id) and the countries of the agencies, not the records.
 * Never throws on a record or an envelope: what cannot be read as data (see `readData` of `@tip/schema`) is
 * refused, and fails closed: a victim whose consents could not be read is never sent, nor is anything when the
 * envelope (its TLP marking) could not be read.
 */
export class ExportGate {
  readonly #options: ExportGateOptions;
  readonly #consents = new Map<string, unknown>();
  readonly #agencyCountries = new Map<string, string>();
  #surveyed = 0;
  #envelopeUnreadable = false;
  #tlp: unknown;
  #recipients: unknown;
  #query: ConsentQuery | undefined;
  #victimRefusals: Map<string, RefusalCode | undefined> | undefined;
  #sentVictims: Set<string> | undefined;

  constructor(options: ExportGateOptions) {
    if (!CODE_LISTS.consent_purpose.has(options.purpose)) {
      throw new RangeError(`Unknown purpose ${options.purpose}: use a code of the consent_purpose list`);
    }
    this.#options = options;
  }

  /**
   * The bundle's marking and named recipients (`tlp`, `recipients`); its records are not looked at. An envelope
   * that cannot be read as data makes `check` refuse every record (`envelope_unreadable`): its marking is
   * unknown. Returns that problem (never thrown), else undefined.
   */
  envelope(envelope: { readonly tlp?: unknown; readonly recipients?: unknown }): DataReadError | undefined {
    const read = readEnvelope(envelope);
    this.#envelopeUnreadable = !read.ok;
    if (!read.ok) return DataReadError.of(read);
    const plain = read.value as Raw;
    this.#tlp = plain.tlp;
    this.#recipients = plain.recipients;
    return undefined;
  }

  /**
   * First pass: keeps a victim's consents and an agency's country. A record that cannot be read as data is
   * passed over (its victim's records will be refused) and its problem returned, never thrown: a
   * `DataReadError` with the record's position among those surveyed. Returns undefined for every other record.
   */
  survey(record: unknown): DataReadError | undefined {
    const position = this.#surveyed++;
    const read = readData(record, {}, SURVEYED);
    if (!read.ok) return DataReadError.of(read, position);
    const raw = read.value;
    const type = objectOfRecord(raw);
    if (!isPlainObject(raw) || typeof raw.id !== "string") return undefined;
    const id = raw.id.toLowerCase();
    if (type === "victim") this.#consents.set(id, raw.consents);
    else if (type === "agency" && typeof raw.country === "string" && !this.#agencyCountries.has(id))
      this.#agencyCountries.set(id, raw.country);
    return undefined;
  }

  /**
   * Second pass: the record to send, or the refusal. What is sent is a plain copy of the record, read once
   * (`readData`), so it is exactly what was checked; a perpetrator loses its links to victims not sent. A
   * record that cannot be read as data is refused as `unreadable_record`.
   */
  check(record: unknown, position: number): GateVerdict {
    const query = this.#queryOf();
    const read = readData(record);
    const plain = read.ok ? read.value : undefined;
    const refuse = (code: RefusalCode, extra: Partial<Refusal["params"]> = {}): GateVerdict => ({
      refusal: refusalOf(plain, position, code, {
        purpose: query.purpose,
        recipient: query.recipient,
        ...extra,
      }),
    });
    if (this.#envelopeUnreadable) return refuse("envelope_unreadable");
    if (this.#tlp === "RED" && !namedRecipients(this.#recipients).has(this.#options.recipient.toLowerCase()))
      return refuse("tlp_red_not_addressed");
    if (!read.ok) return refuse("unreadable_record");
    const type = objectOfRecord(plain);
    const raw = plain as Raw;
    if (type === undefined || type === "bundle" || typeof raw.id !== "string") return refuse("not_a_record");
    const victimRefusals = this.#refusalsOf(query);
    const problem = recordProblem(type, raw, this.#consents, victimRefusals, query);
    if (problem) return refuse(problem.code, problem.params);
    return {
      send: type === "perpetrator" ? withoutUnsentVictims(raw, this.#sentOf(victimRefusals)) : raw,
    };
  }

  #queryOf(): ConsentQuery {
    this.#query ??= {
      purpose: this.#options.purpose,
      recipient: this.#options.recipient,
      recipientCountry:
        this.#options.recipientCountry ??
        this.#agencyCountries.get(this.#options.recipient.toLowerCase()) ??
        recipientCountryIn(this.#recipients, this.#options.recipient),
      on: this.#options.on ?? new Date().toISOString().slice(0, 10),
    };
    return this.#query;
  }

  #refusalsOf(query: ConsentQuery): ReadonlyMap<string, RefusalCode | undefined> {
    if (this.#victimRefusals === undefined) {
      this.#victimRefusals = new Map();
      for (const [id, consents] of this.#consents)
        this.#victimRefusals.set(id, consentRefusal(consents, query));
    }
    return this.#victimRefusals;
  }

  #sentOf(victimRefusals: ReadonlyMap<string, RefusalCode | undefined>): ReadonlySet<string> {
    this.#sentVictims ??= new Set(
      [...victimRefusals].filter(([, code]) => code === undefined).map(([id]) => id),
    );
    return this.#sentVictims;
  }
}

/** Record types that name the one victim they are about in `victimId` (model 1.2.0). */
const ABOUT_ONE_VICTIM: ReadonlySet<string> = new Set([
  "helplineContact",
  "screening",
  "protectionMeasure",
  "sgbvIncident",
]);

type Problem = { readonly code: RefusalCode; readonly params?: Partial<Refusal["params"]> };

function recordProblem(
  type: string,
  record: Raw,
  consents: ReadonlyMap<string, unknown>,
  victimRefusals: ReadonlyMap<string, RefusalCode | undefined>,
  query: ConsentQuery,
): Problem | undefined {
  const aboutVictim = (victimId: unknown): Problem | undefined => {
    const id = typeof victimId === "string" ? victimId.toLowerCase() : "";
    if (!consents.has(id)) return { code: "victim_not_in_export", params: { victimId: String(victimId) } };
    if (victimRefusals.get(id) !== undefined)
      return { code: "linked_victim_refused", params: { victimId: String(victimId) } };
    return undefined;
  };
  if (type === "victim") {
    const id = (record.id as string).toLowerCase();
    // A victim the first pass did not see (or could not read): its consents were never checked.
    if (!consents.has(id)) return { code: "victim_not_in_export", params: { victimId: record.id as string } };
    const code = victimRefusals.get(id);
    return code ? { code } : undefined;
  }
  if (type === "referral") {
    if (typeof record.consentId === "string") {
      const id = typeof record.victimId === "string" ? record.victimId.toLowerCase() : "";
      if (!consents.has(id)) return aboutVictim(record.victimId);
      const code = consentRefusal(consents.get(id), query, record.consentId);
      return code
        ? { code, params: { victimId: String(record.victimId), consentId: record.consentId } }
        : undefined;
    }
    return aboutVictim(record.victimId);
  }
  // A helpline contact, screening, protection measure or SGBV incident is about its victim: sent only with her.
  if (ABOUT_ONE_VICTIM.has(type) && record.victimId !== undefined) return aboutVictim(record.victimId);
  if (type === "case") {
    for (const victimId of Array.isArray(record.victimIds) ? record.victimIds : []) {
      const problem = aboutVictim(victimId);
      if (problem) return problem;
    }
  }
  return undefined;
}

function namedRecipients(recipients: unknown): Set<string> {
  const parties = Array.isArray(recipients) ? recipients : [];
  return new Set(
    parties
      .filter(isPlainObject)
      .flatMap((party) => (typeof party.agencyId === "string" ? [party.agencyId.toLowerCase()] : [])),
  );
}

function recipientCountryIn(recipients: unknown, recipient: string): string | undefined {
  const id = recipient.toLowerCase();
  const parties = Array.isArray(recipients) ? recipients : [];
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
