import {
  CODE_LISTS,
  type CodeListId,
  type FieldNode,
  type ObjectFieldNode,
  objectFieldTree,
} from "@tip/schema";
import type { z } from "zod";
import { compact, sameField } from "./htcds-names.js";

/** The records one HTCDS row turns into. */
export const ROW_RECORD_TYPES = ["victim", "case", "agency", "perpetrator", "referral"] as const;

/** A record type an HTCDS row produces. */
export type RowRecordType = (typeof ROW_RECORD_TYPES)[number];

/** How a cell is read and written. */
export type SlotKind =
  | "text"
  | "date"
  | "partialDate"
  | "integer"
  | "year"
  | "number"
  | "boolean"
  | "code"
  | "party";

/**
 * One canonical field that HTCDS columns feed, derived from `tipRegistry` (`mappings.htcds`). `names` are the
 * HTCDS field names as listed in the schema: spelling variants (`prs_FirstName`, `prs_First_Name`) and distinct
 * source fields merged into one canonical field (`cas_ReasonForOutgoingReferral`, `cas_ReasonForIncomingReferral`).
 * The first name is the one written.
 */
export interface HtcdsSlot {
  readonly names: readonly string[];
  /** The record the field lives in. */
  readonly recordType: RowRecordType;
  /** Where in that record: `["events", 0, "place", "city"]`. Lists hold one item per HTCDS row. */
  readonly path: readonly (string | number)[];
  /** The registry field id, e.g. `eventPlace.city`. */
  readonly fieldId: string;
  readonly kind: SlotKind;
  /** Whether the canonical field is a list of values. */
  readonly many: boolean;
  readonly codeList?: CodeListId;
  /** The schema of one value (of a list's items when `many`), to check a converted value before keeping it. */
  readonly schema: z.ZodType;
  /** The field must be present in its object (`assistance.service`): an item without it is invalid. */
  readonly required: boolean;
}

/**
 * How the cells of a field are read, from the field model: its type, and for a whole number that must have four
 * digits (the model's `Year`, 1900 to 2100), a calendar year, so that a date cell gives its year.
 */
export function slotKindOf(node: FieldNode): SlotKind {
  switch (node.type) {
    case "boolean":
    case "number":
    case "date":
    case "partialDate":
      return node.type;
    case "integer":
      return (node.minimum ?? 0) >= 1000 && (node.maximum ?? 10_000) <= 9999 ? "year" : "integer";
    default:
      return "text";
  }
}

function collect(
  object: ObjectFieldNode,
  recordType: RowRecordType,
  path: readonly (string | number)[],
  slots: HtcdsSlot[],
): void {
  for (const [key, node] of object.children) {
    const { meta } = node;
    const names = meta?.mappings?.htcds;
    const here = [...path, key];
    // Bare: declared without `.optional()` or `.nullable()`, so an item without it is invalid.
    const required = !node.optional && !node.nullable;
    if (node.type === "object") {
      // An object mapped as a whole is a referral party: an organisation looked up by name plus a caseworker.
      if (names && meta) {
        const party = { names, recordType, path: here, fieldId: meta.field, kind: "party" as const };
        slots.push({ ...party, many: false, schema: node.schema, required });
      } else collect(node, recordType, here, slots);
      continue;
    }
    const element = node.type === "array" ? node.item : undefined;
    if (element?.type === "object") {
      // A list of parts (events, assistance, consents): one item per row; the item's fields carry the mappings.
      collect(element, recordType, [...here, 0], slots);
      continue;
    }
    if (!names || !meta) continue;
    const value = element ?? node;
    const codeList = meta.codeList as CodeListId | undefined;
    slots.push({
      names,
      recordType,
      path: here,
      fieldId: meta.field,
      kind: codeList ? "code" : slotKindOf(value),
      many: element !== undefined,
      ...(codeList && codeList in CODE_LISTS ? { codeList } : {}),
      schema: value.schema,
      required,
    });
  }
}

/** Every canonical field HTCDS can carry, in the model's documentation order, per record type of a row. */
export const HTCDS_SLOTS: readonly HtcdsSlot[] = ROW_RECORD_TYPES.flatMap((recordType) => {
  const slots: HtcdsSlot[] = [];
  collect(objectFieldTree(recordType), recordType, [], slots);
  return slots;
});

/**
 * An HTCDS source field: the slot it feeds and which of the slot's distinct source fields it is. `source` 0 is
 * the field the canonical value is written to; others (`cas_ReasonForIncomingReferral`) are merged into it on
 * reading and written back from `extensions.htcds`. `name` is the standard spelling.
 */
export interface HtcdsField {
  readonly slot: HtcdsSlot;
  readonly source: number;
  readonly name: string;
}

const byName = new Map<string, HtcdsField>();
for (const slot of HTCDS_SLOTS) {
  const sources: string[] = [];
  for (const name of slot.names) {
    let source = sources.findIndex((first) => sameField(first, name));
    if (source < 0) source = sources.push(name) - 1;
    byName.set(compact(name), { slot, source, name: sources[source] as string });
  }
}

/**
 * The HTCDS field a column name stands for, in any spelling the schema lists or differing only in case and
 * underscores (`prs_First_Name`, `PRS_FIRSTNAME`); `undefined` for a name HTCDS does not have.
 */
export function fieldOfName(name: string): HtcdsField | undefined {
  return byName.get(compact(name));
}

const sources = new Map<HtcdsSlot, readonly string[]>();
for (const slot of HTCDS_SLOTS) {
  const names: string[] = [];
  for (const name of slot.names) if (!names.some((known) => sameField(known, name))) names.push(name);
  sources.set(slot, names);
}

/** The distinct source fields of a slot, by their standard spelling; index = `HtcdsField.source`. */
export function sourceNames(slot: HtcdsSlot): readonly string[] {
  return sources.get(slot) ?? [];
}
