import type { TipRecord } from "@tip/schema";
import { MODEL_OBJECTS } from "@tip/schema";
import { type ObjectNode, type ShapeNode, shapeOf } from "../../model/shape.js";
import type { ReportBuilder } from "../../report/report-builder.js";
import { HTCDS_SLOTS } from "./htcds-slots.js";
import type { RowLoss, WriteCell } from "./row-cells.js";

/** Canonical fields a row carries: every slot's field, and a referral party's agency (by its name). */
const CARRIED = new Set([
  ...HTCDS_SLOTS.map((slot) => slot.fieldId),
  "referralParty.agencyId",
  "referralParty.caseWorker",
]);

function present(value: unknown): boolean {
  return value !== undefined && value !== null && !(Array.isArray(value) && value.length === 0);
}

/** The field ids that have a value in a record, walking its shape. */
function fieldsIn(value: unknown, node: ShapeNode, into: Set<string>): void {
  if (!present(value)) return;
  if (node.kind === "object") {
    for (const [key, child] of node.fields) fieldsIn((value as Record<string, unknown>)[key], child, into);
    return;
  }
  if (node.kind === "list") {
    // A record that is not valid may hold a single value where the model has a list: it counts as one item.
    for (const item of Array.isArray(value) ? value : [value]) fieldsIn(item, node.item, into);
    return;
  }
  if (node.kind === "extensions") return;
  if (node.meta) into.add(node.meta.field);
}

/**
 * Counts what writing HTCDS did, per column (rows with a value, losses) and per canonical field HTCDS cannot
 * carry, and declares it all in the report at the end. Counts and names only, never values.
 */
export class WriteStats {
  private readonly columns = new Map<string, { canonical: string[]; rows: number; notes: Set<string> }>();
  private readonly dropped = new Map<string, number>();

  /** A written row. */
  row(cells: ReadonlyMap<string, WriteCell>, losses: readonly RowLoss[]): void {
    for (const [column, cell] of cells) this.entry(column, cell.slot ? [cell.slot.fieldId] : []).rows++;
    for (const loss of losses) this.entry(loss.column, []).notes.add(loss.note);
  }

  private entry(column: string, canonical: string[]) {
    let entry = this.columns.get(column);
    if (entry === undefined) {
      entry = { canonical, rows: 0, notes: new Set() };
      this.columns.set(column, entry);
    }
    return entry;
  }

  /** A record written into rows: its fields HTCDS has no column for are lost. */
  record(record: TipRecord, only?: ReadonlySet<string>): void {
    const fields = new Set<string>();
    const model = MODEL_OBJECTS[record.recordType];
    if (model === undefined) return;
    fieldsIn(record, shapeOf(model) as ObjectNode, fields);
    for (const field of fields) {
      if (field.endsWith(".recordType") || (CARRIED.has(field) && (only === undefined || only.has(field))))
        continue;
      this.dropped.set(field, (this.dropped.get(field) ?? 0) + 1);
    }
  }

  /** A loss that concerns whole records (a victim with several referrals). */
  note(field: string, note: string): void {
    this.entry(field, [field]).notes.add(note);
  }

  declare(report: ReportBuilder): void {
    for (const [column, entry] of this.columns) {
      const outcome = entry.notes.size > 0 ? "lossy" : "mapped";
      report.field(
        column,
        outcome,
        entry.canonical,
        entry.notes.size > 0 ? [...entry.notes].join("; ") : undefined,
      );
      for (let row = 0; row < entry.rows; row++) report.seen(column);
    }
    for (const [field, rows] of this.dropped) {
      report.field(field, "lossy", [field], "HTCDS has no field for it: not written");
      for (let row = 0; row < rows; row++) report.seen(field);
    }
  }
}
