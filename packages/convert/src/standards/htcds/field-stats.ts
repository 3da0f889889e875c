import type { FieldOutcome } from "../../report/conversion-report.js";
import type { ReportBuilder } from "../../report/report-builder.js";
import type { HtcdsSlot } from "./htcds-slots.js";
import type { CellRead } from "./read-cell.js";
import type { ColumnBinding } from "./resolve-columns.js";

interface Entry {
  outcome: FieldOutcome;
  canonical: readonly string[];
  readonly notes: Set<string>;
  rows: number;
  serial: number;
  packed: number;
  formula: number;
  unknown: number;
  unreadable: number;
  slot?: HtcdsSlot;
}

const KEPT = "the cells are kept under extensions.htcds";

/** The canonical fields a column feeds: a referral party's organisation column also names an agency. */
function canonicalOf(binding: ColumnBinding): string[] {
  const field = binding.field;
  if (field === undefined) return [];
  if (field.slot.kind !== "party") return [field.slot.fieldId];
  return field.source === 0 ? [field.slot.fieldId, "agency.name"] : ["referralParty.caseWorker"];
}

/**
 * Counts, per source column, what a read did (rows with a value, serial dates, formulas, unknown codes,
 * unreadable values, merges) and declares one report field per column at the end. Counts only, never values.
 */
export class FieldStats {
  private readonly entries = new Map<string, Entry>();
  /** The report name of each column (its HTCDS field or number, never its header). */
  private readonly names: string[];

  constructor(bindings: readonly ColumnBinding[]) {
    this.names = bindings.map((binding) => binding.name);
    for (const binding of bindings) {
      if (binding.field === undefined || this.entries.has(binding.name)) continue;
      this.entries.set(binding.name, {
        ...this.blank("mapped", canonicalOf(binding)),
        ...(binding.note ? { notes: new Set([binding.note]) } : {}),
        slot: binding.field.slot,
      });
    }
  }

  private blank(outcome: FieldOutcome, canonical: readonly string[], note?: string): Entry {
    const notes = new Set(note ? [note] : []);
    return {
      outcome,
      canonical,
      notes,
      rows: 0,
      serial: 0,
      packed: 0,
      formula: 0,
      unknown: 0,
      unreadable: 0,
    };
  }

  private entry(name: string, outcome: FieldOutcome, note: string): Entry {
    let entry = this.entries.get(name);
    if (entry === undefined) {
      entry = this.blank(outcome, [], note);
      this.entries.set(name, entry);
    }
    return entry;
  }

  /** A cell of an HTCDS field was read. */
  read(column: number, read: CellRead): void {
    const entry = this.entries.get(this.names[column] ?? "");
    if (entry === undefined) return;
    entry.rows++;
    if (read.serial) entry.serial++;
    if (read.packed) entry.packed++;
    if (read.formula) entry.formula++;
    for (const problem of read.problems) {
      if (problem.code === "unknown_code") entry.unknown++;
      else entry.unreadable++;
    }
  }

  /** A row had a value in a column HTCDS does not have (named by its number, `column 5`). */
  unmapped(column: string): void {
    this.entry(column, "unmapped", "not an HTCDS field: kept under extensions.htcds of the victim record")
      .rows++;
  }

  /** A row had a value in a column without any header (`column 5`): it cannot be named, so it is not read. */
  headerless(column: string): void {
    this.entry(column, "lossy", "column without a header: its values were not read").rows++;
  }

  /** A slot's cells did not fit its canonical field exactly in a row: its columns are lossy. */
  lossy(slot: HtcdsSlot, note: string): void {
    for (const entry of this.entries.values()) {
      if (entry.slot !== slot) continue;
      entry.outcome = "lossy";
      entry.notes.add(`${note}; ${KEPT}`);
    }
  }

  /** Declares every column in the report, with its counts as notes. */
  declare(report: ReportBuilder): void {
    for (const [name, entry] of this.entries) {
      const notes = [...entry.notes];
      if (entry.unknown > 0) notes.push(`${entry.unknown} values not in the code list; ${KEPT}`);
      if (entry.unreadable > 0) notes.push(`${entry.unreadable} values could not be read; ${KEPT}`);
      if (entry.serial > 0) notes.push(`${entry.serial} dates were Excel serial numbers`);
      if (entry.packed > 0) notes.push(`${entry.packed} phone numbers had spaces or punctuation taken out`);
      if (entry.formula > 0)
        notes.push(`${entry.formula} cells held formulas: their cached results were read`);
      report.field(name, entry.outcome, entry.canonical, notes.length > 0 ? notes.join("; ") : undefined);
      for (let row = 0; row < entry.rows; row++) report.seen(name);
    }
  }
}
