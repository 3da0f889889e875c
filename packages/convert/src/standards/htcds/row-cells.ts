import type { Agency } from "@tip/schema";
import { fieldOfName, HTCDS_SLOTS, type HtcdsSlot, sourceNames } from "./htcds-slots.js";
import { keptSeparator } from "./kept-cells.js";
import { itemOf } from "./list-item.js";
import type { RecordIndex, RowContext } from "./record-index.js";
import { getAt } from "./record-paths.js";
import { directionOf } from "./referral-direction.js";
import { type RowLoss, writableCodes } from "./writable-codes.js";

export type { RowLoss } from "./writable-codes.js";

/** One cell to write. Exactly one of `codes`, `value` and `raw` is set. */
export interface WriteCell {
  /** Codes of the slot's list, each with an HTCDS value (writers pick value names or template labels). */
  readonly codes?: readonly string[];
  /** Text, number, boolean or ISO date of a non-picklist slot (the slot tells which). */
  readonly value?: string | number | boolean;
  /** A cell kept verbatim under `extensions.htcds` when it was read (written back as it was). */
  readonly raw?: string;
  readonly slot?: HtcdsSlot;
}

/** An HTCDS row: cells by column (standard field name, or an `extensions.htcds` key). */
export interface RowCells {
  readonly cells: Map<string, WriteCell>;
  readonly losses: RowLoss[];
  /** The agencies a referral of the row names (only their names are written). */
  readonly parties: Agency[];
}

type AnyRecord = Readonly<Record<string, unknown>> | undefined;

/** The record a slot's column is written from; a referral column's direction picks the referral. */
function recordOf(context: RowContext, slot: HtcdsSlot, column: string): AnyRecord {
  if (slot.recordType === "referral") {
    const direction = directionOf(column);
    return direction === undefined ? undefined : context[direction];
  }
  const byType: Record<Exclude<HtcdsSlot["recordType"], "referral">, AnyRecord> = {
    victim: context.victim,
    case: context.case,
    agency: context.agency,
    perpetrator: context.perpetrator,
  };
  return byType[slot.recordType];
}

function extensionsOf(record: AnyRecord): Readonly<Record<string, unknown>> {
  const extensions = record?.extensions as
    | Readonly<Record<string, Readonly<Record<string, unknown>>>>
    | undefined;
  return extensions?.htcds ?? {};
}

/**
 * The cell of a text, number or true/false value. Anything else (a list or an object, in a record that is not
 * valid) is written as JSON text: never as `[object Object]`, never as an object a workbook writer would take
 * for a formula or rich text, and never failing the whole file.
 */
function valueCell(value: unknown, slot: HtcdsSlot, column: string, losses: RowLoss[]): WriteCell {
  if (typeof value === "string" || typeof value === "number" || typeof value === "boolean")
    return { value, slot };
  losses.push({
    column,
    note: "values that were not text, a number or true/false were written as JSON text",
  });
  return { raw: JSON.stringify(value) ?? "", slot };
}

function partyCells(context: RowContext, slot: HtcdsSlot, index: RecordIndex, out: RowCells): void {
  const [organisation, caseWorker] = sourceNames(slot);
  if (organisation === undefined) return;
  const party = getAt(recordOf(context, slot, organisation), slot.path) as
    | { agencyId?: string; caseWorker?: string }
    | undefined;
  const agency = index.agency(party?.agencyId);
  if (agency && !out.parties.includes(agency)) out.parties.push(agency);
  if (agency?.name !== undefined)
    out.cells.set(organisation, valueCell(agency.name, slot, organisation, out.losses));
  if (caseWorker !== undefined && party?.caseWorker !== undefined)
    out.cells.set(caseWorker, valueCell(party.caseWorker, slot, caseWorker, out.losses));
}

/** The columns of one slot written from one record: for referrals, those of the record's direction. */
function columnGroups(context: RowContext, slot: HtcdsSlot): { record: AnyRecord; columns: string[] }[] {
  const groups = new Map<AnyRecord, string[]>();
  for (const name of sourceNames(slot)) {
    const record = recordOf(context, slot, name);
    if (record !== undefined) groups.set(record, [...(groups.get(record) ?? []), name]);
  }
  return [...groups].map(([record, columns]) => ({ record, columns }));
}

function slotCells(
  context: RowContext,
  slot: HtcdsSlot,
  cells: Map<string, WriteCell>,
  losses: RowLoss[],
): void {
  for (const { record, columns } of columnGroups(context, slot)) {
    if (record !== undefined) recordCells(record, slot, columns, cells, losses);
  }
}

function recordCells(
  record: Readonly<Record<string, unknown>>,
  slot: HtcdsSlot,
  columns: readonly string[],
  cells: Map<string, WriteCell>,
  losses: RowLoss[],
): void {
  const [column] = columns as [string];
  const item = itemOf(record, slot);
  const canonical = item === undefined ? undefined : getAt(record, item.path);
  const extensions = extensionsOf(record);
  const kept = new Map(
    columns.flatMap((name) =>
      typeof extensions[name] === "string" ? [[name, extensions[name] as string]] : [],
    ),
  );
  const separator = kept.size > 0 ? keptSeparator(slot, kept, canonical) : undefined;
  if (separator !== undefined) {
    // A multi-select kept from an XLSForm export (space-separated) is written the HTCDS way, with `;`.
    const join = (raw: string) =>
      separator === " " && slot.kind === "code" ? raw.split(/\s+/).join(";") : raw;
    for (const [name, raw] of kept) cells.set(name, { raw: join(raw), slot });
    return;
  }
  if (kept.size > 0)
    losses.push({
      column,
      note: "cells kept from the source no longer match the record: the record was written",
    });
  if (
    item === undefined &&
    slot.path.includes(0) &&
    getAt(record, slot.path.slice(0, slot.path.indexOf(0) + 1))
  ) {
    losses.push({ column, note: "no item of the list has a type HTCDS can write: none was written" });
  }
  if (item !== undefined && item.count > 1 && canonical !== undefined) {
    losses.push({
      column,
      note: "a row holds one item of a list: the first one HTCDS can write was written",
    });
  }
  if (canonical === undefined || (Array.isArray(canonical) && canonical.length === 0)) return;
  if (slot.kind === "code") {
    const codes = writableCodes(slot, Array.isArray(canonical) ? canonical : [canonical], column, losses);
    if (codes.length > 0) cells.set(column, { codes, slot });
    return;
  }
  cells.set(column, valueCell(canonical, slot, column, losses));
}

const SLOT_NAMES = new Set(HTCDS_SLOTS.flatMap((slot) => sourceNames(slot)));

/**
 * The HTCDS row of one victim: every slot's value from the row's records (picklists as codes HTCDS has values
 * for), organisation names looked up for referral parties, and `extensions.htcds` cells written back where
 * they still hold (or under their own column when HTCDS has no such field).
 */
export function rowCells(context: RowContext, index: RecordIndex): RowCells {
  const out: RowCells = { cells: new Map(), losses: [], parties: [] };
  const { cells, losses } = out;
  for (const slot of HTCDS_SLOTS) {
    if (slot.kind === "party") partyCells(context, slot, index, out);
    else slotCells(context, slot, cells, losses);
  }
  for (const record of [
    context.victim,
    context.case,
    context.agency,
    context.perpetrator,
    context.incoming,
    context.outgoing,
  ]) {
    for (const [key, value] of Object.entries(extensionsOf(record))) {
      const standard = fieldOfName(key)?.name ?? key;
      if (!SLOT_NAMES.has(standard) && !cells.has(key) && value !== undefined && value !== null) {
        cells.set(key, { raw: typeof value === "string" ? value : JSON.stringify(value) });
      }
    }
  }
  return out;
}
