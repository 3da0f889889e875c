import { readRecords } from "@tip/schema";
import type { FieldPlan } from "../model/object-plans.js";
import { type FieldDecision, type Visitor, walkRecord } from "../model/walk.js";
import { hmacAll } from "./hmac.js";
import { EXTERNAL_ID_SYSTEM_KEY, EXTERNAL_ID_VALUE, isIdField } from "./id-fields.js";
import { importPseudonymKey, type PseudonymKey } from "./key.js";
import { externalIdInput, idInput } from "./pseudonym-inputs.js";
import { digestToText, digestToUuid } from "./uuid-format.js";

/** Options of `pseudonymize`. */
export interface PseudonymizeOptions {
  /** The secret key. Keep it apart from the data: whoever holds it can link pseudonyms back to ids. */
  readonly key: PseudonymKey;
}

type Replace = (plan: FieldPlan, value: unknown, holder: Record<string, unknown>) => unknown;

/**
 * Replaces every record id, every reference to one (`caseIds`, `victimIds`, `referral.victimId`,
 * `from.agencyId`, consent ids...) and every external identifier value with a keyed HMAC-SHA-256 pseudonym
 * computed with Web Crypto, so it runs in Node and in browsers. The same key gives the same pseudonym in every
 * export, so the key holder can link two exports and nobody else can; references inside a bundle stay
 * consistent. Ids become version 8 UUIDs (still valid ids), external id values become 43-character base64url
 * text. Everything else is copied unchanged; values that are not records of the model are left out.
 * Throws `DataReadError` (from `@tip/schema`, with the record's position and a pointer) when a record cannot be
 * read as data: a getter or proxy that throws, a cycle, a function, over 1,000,000 values, nesting over 64 deep.
 */
export async function pseudonymize<R>(records: readonly R[], options: PseudonymizeOptions): Promise<R[]> {
  const out = await pseudonymizeEach(readRecords(records) as R[], options);
  return out.filter((record): record is R => record !== undefined);
}

/**
 * `pseudonymize` on records already read as plain data, keeping positions: `undefined` where a value was not
 * a record of the model.
 */
export async function pseudonymizeEach<R>(
  records: readonly R[],
  options: PseudonymizeOptions,
): Promise<(R | undefined)[]> {
  const key = await importPseudonymKey(options.key);
  const inputs: string[] = [];
  const collect = visitorWith((plan, value, holder) => {
    for (const input of inputsOf(plan, value, holder)) inputs.push(input);
    return value;
  });
  for (const record of records) walkRecord(record, collect);
  const digests = await hmacAll(key, inputs);
  const replace = visitorWith((plan, value, holder) => replaced(plan, value, holder, digests));
  return records.map((record) => walkRecord(record, replace) as R | undefined);
}

function visitorWith(replace: Replace): Visitor {
  return {
    field(plan, value, { holder }): FieldDecision {
      if (isIdField(plan) || plan.id === EXTERNAL_ID_VALUE) return { set: replace(plan, value, holder) };
      return plan.shape.kind === "leaf" ? "keep" : "descend";
    },
    extension: () => "keep",
    unknownKey: () => "keep",
  };
}

function inputsOf(plan: FieldPlan, value: unknown, holder: Record<string, unknown>): string[] {
  if (plan.id === EXTERNAL_ID_VALUE) {
    const system = holder[EXTERNAL_ID_SYSTEM_KEY];
    return typeof value === "string" && typeof system === "string" ? [externalIdInput(system, value)] : [];
  }
  const values = Array.isArray(value) ? value : [value];
  return values.filter((item): item is string => typeof item === "string").map(idInput);
}

function replaced(
  plan: FieldPlan,
  value: unknown,
  holder: Record<string, unknown>,
  digests: ReadonlyMap<string, Uint8Array>,
): unknown {
  const digestOf = (input: string) => digests.get(input);
  if (plan.id === EXTERNAL_ID_VALUE) {
    const system = holder[EXTERNAL_ID_SYSTEM_KEY];
    if (typeof value !== "string" || typeof system !== "string") return undefined;
    const digest = digestOf(externalIdInput(system, value));
    return digest && digestToText(digest);
  }
  const one = (item: unknown) => {
    const digest = typeof item === "string" ? digestOf(idInput(item)) : undefined;
    return digest && digestToUuid(digest);
  };
  if (!Array.isArray(value)) return one(value);
  return value.map(one).filter((item) => item !== undefined);
}
