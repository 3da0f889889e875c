import { readRecords } from "@tip/schema";
import { isPlainObject } from "../model/record-object.js";
import { type FieldDecision, type Visitor, walkRecord } from "../model/walk.js";
import { PRIVACY_NAMESPACE } from "../redact/extension-profile.js";
import { generalizeBirth } from "./birth.js";
import { coarsenDate } from "./dates.js";
import {
  type GeneralizeOptions,
  type ResolvedGeneralizeOptions,
  resolveGeneralizeOptions,
} from "./options.js";
import { removedByPlaceGeneralization } from "./places.js";

/** Birth fields are handled by the birth option, not the date one. */
const BIRTH_KEYS = new Set(["birthDate"]);

/**
 * Coarsens quasi identifiers: birth date to birth year or age band, personal places to their country, quasi
 * dates to the month or year. Dates known only to the month or year (`2021-03`) are cut; fields that take only
 * full dates keep a full date, the first day of the period, and the record is marked
 * `extensions.privacy.datePrecision` so nobody reads that day as real. Everything else is copied unchanged;
 * values that are not records of the model are left out. Input is not changed.
 * Throws `DataReadError` (from `@tip/schema`, with the record's position and a pointer) when a record cannot be
 * read as data: a getter or proxy that throws, a cycle, a function, over 1,000,000 values, nesting over 64 deep.
 */
export function generalize<R>(records: readonly R[], options: GeneralizeOptions = {}): R[] {
  return generalizePlain(readRecords(records) as R[], options);
}

/** `generalize` on records already read as plain data. */
export function generalizePlain<R>(records: readonly R[], options: GeneralizeOptions = {}): R[] {
  const resolved = resolveGeneralizeOptions(options);
  const visitor = generalizingVisitor(resolved);
  return records.flatMap((record) => {
    const out = walkRecord(record, visitor);
    if (out === undefined) return [];
    if (resolved.birth !== "keep") generalizeBirth(out, resolved.birth);
    if (resolved.dates !== "keep") markDatePrecision(out, resolved.dates);
    if (out.recordType === "bundle" && Array.isArray(out.records)) {
      for (const inner of out.records) {
        if (!isPlainObject(inner)) continue;
        if (resolved.birth !== "keep") generalizeBirth(inner, resolved.birth);
        if (resolved.dates !== "keep") markDatePrecision(inner, resolved.dates);
      }
    }
    return [out as R];
  });
}

function generalizingVisitor(options: ResolvedGeneralizeOptions): Visitor {
  return {
    field(plan, value): FieldDecision {
      if (options.places === "country" && removedByPlaceGeneralization(plan)) return "drop";
      if (plan.shape.kind !== "leaf") return "descend";
      const dates = options.dates;
      if (
        dates === "keep" ||
        plan.pii === "none" ||
        plan.dateKind === undefined ||
        BIRTH_KEYS.has(plan.key)
      ) {
        return "keep";
      }
      return { set: typeof value === "string" ? coarsenDate(value, plan.dateKind, dates) : undefined };
    },
    extension: () => "keep",
    unknownKey: () => "keep",
  };
}

function markDatePrecision(record: Record<string, unknown>, precision: "month" | "year"): void {
  const extensions = isPlainObject(record.extensions) ? record.extensions : {};
  const own = isPlainObject(extensions[PRIVACY_NAMESPACE]) ? extensions[PRIVACY_NAMESPACE] : {};
  record.extensions = { ...extensions, [PRIVACY_NAMESPACE]: { ...own, datePrecision: precision } };
}
