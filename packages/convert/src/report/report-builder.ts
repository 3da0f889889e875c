import type { Issue, Profile } from "@tip/schema";
import type {
  ConversionReport,
  FieldOutcome,
  FieldReport,
  InvalidSourceValue,
  MigrationReport,
} from "./conversion-report.js";

interface FieldEntry {
  outcome: FieldOutcome;
  canonical: readonly string[];
  note?: string;
  rows: number;
}

/** Default cap of each list of a report. */
export const DEFAULT_MAX_LISTED = 10_000;

/** How serious a field outcome is, so a field only ever moves towards the worse one. */
const OUTCOME_RANK: Readonly<Record<FieldOutcome, number>> = { mapped: 0, unmapped: 1, lossy: 2 };

/**
 * Collects a conversion's report while rows stream through: every row ends as exactly one of converted,
 * invalid or skipped, so `build()` always reconciles. Rows are numbered from 1 = the first data row after
 * the header. Nothing here ever holds a source value: only field names, codes, counts and row numbers.
 */
export class ReportBuilder {
  private readonly fieldEntries = new Map<string, FieldEntry>();
  private readonly invalidEntries: InvalidSourceValue[] = [];
  private readonly skippedEntries: { row: number; reason: string; line?: number }[] = [];
  private readonly issueEntries: (Issue & { row: number })[] = [];
  private total = 0;
  private converted = 0;
  private invalid = 0;
  private skipped = 0;
  private readonly omitted = { invalidValues: 0, skipped: 0, issues: 0 };
  /** Migrations by `from` version: records migrated and changes by kind. */
  private readonly migrationEntries = new Map<
    string,
    { to: string; records: number; changes: Map<string, number> }
  >();
  private readonly maxListed: number;
  /** The national profile records are validated under (see `checkConverted`); the core model when absent. */
  readonly profile: Profile | undefined;

  /**
   * `maxListed` caps each list of the report (invalid values, skipped rows, issues) so memory stays flat on
   * any input; what is left out is counted under `omitted`. Default 10,000 per list.
   */
  constructor(
    readonly from: string,
    readonly to: string,
    options: { readonly maxListed?: number; readonly profile?: Profile } = {},
  ) {
    this.maxListed = options.maxListed ?? DEFAULT_MAX_LISTED;
    this.profile = options.profile;
  }

  /**
   * Declares a field (source or target column) and how it maps. Declaring it again may only make the outcome
   * worse (mapped -> unmapped -> lossy), e.g. when a row shows a value that cannot be kept exactly; a new note
   * for the same outcome is added to the existing one.
   */
  field(field: string, outcome: FieldOutcome, canonical: readonly string[], note?: string): void {
    const entry = this.fieldEntries.get(field);
    if (entry === undefined) {
      this.fieldEntries.set(field, { outcome, canonical, note, rows: 0 });
    } else if (OUTCOME_RANK[outcome] > OUTCOME_RANK[entry.outcome]) {
      entry.outcome = outcome;
      entry.note = note ?? entry.note;
      if (canonical.length > 0) entry.canonical = canonical;
    } else if (outcome === entry.outcome && note !== undefined && !entry.note?.includes(note)) {
      entry.note = entry.note === undefined ? note : `${entry.note}; ${note}`;
    }
  }

  /**
   * Adds a note to a declared field whatever its outcome (e.g. how many cells were read through a known quirk
   * of the source); does nothing for a field not declared.
   */
  note(field: string, note: string): void {
    const entry = this.fieldEntries.get(field);
    if (entry === undefined || entry.note?.includes(note)) return;
    entry.note = entry.note === undefined ? note : `${entry.note}; ${note}`;
  }

  /** Counts rows (one by default) in which a declared field had a value. */
  seen(field: string, rows = 1): void {
    const entry = this.fieldEntries.get(field);
    if (entry) entry.rows += rows;
  }

  /** Whether a field has been declared. */
  has(field: string): boolean {
    return this.fieldEntries.has(field);
  }

  /** A source value that could not be read (the value itself is never kept). */
  invalidValue(value: InvalidSourceValue): void {
    if (this.invalidEntries.length < this.maxListed) this.invalidEntries.push(value);
    else this.omitted.invalidValues++;
  }

  /** A row that produced a record without validation errors. */
  convertedRow(issues: readonly Issue[] = [], row = this.total + 1): void {
    this.total++;
    this.converted++;
    this.addIssues(issues, row);
  }

  /** A row that produced a record with validation errors; the record is kept and the issues listed. */
  invalidRow(issues: readonly Issue[], row = this.total + 1): void {
    this.total++;
    this.invalid++;
    this.addIssues(issues, row);
  }

  /**
   * A row that produced no record, with the reason (a stable code, never a value) and, when the row is not
   * where its number says (a row that could not be read as CSV), the line of the file it starts at.
   */
  skippedRow(reason: string, row = this.total + 1, line?: number): void {
    this.total++;
    this.skipped++;
    if (this.skippedEntries.length < this.maxListed)
      this.skippedEntries.push({ row, reason, ...(line === undefined ? {} : { line }) });
    else this.omitted.skipped++;
  }

  /** Records upgraded from an older model version, with the changes made by kind (never values). */
  migrated(from: string, to: string, records: number, changes: ReadonlyMap<string, number>): void {
    let entry = this.migrationEntries.get(from);
    if (entry === undefined) {
      entry = { to, records: 0, changes: new Map() };
      this.migrationEntries.set(from, entry);
    }
    entry.records += records;
    for (const [kind, count] of changes) entry.changes.set(kind, (entry.changes.get(kind) ?? 0) + count);
  }

  /** The sheet of a workbook the rows come from, by position (1 = the first); see `ConversionReport.sheet`. */
  sheet(position: number): void {
    this.sheetPosition = position;
  }

  private sheetPosition: number | undefined;

  /** Rows accounted for so far. */
  get rowCount(): number {
    return this.total;
  }

  private addIssues(issues: readonly Issue[], row: number): void {
    for (const issue of issues) {
      if (this.issueEntries.length < this.maxListed) this.issueEntries.push({ ...issue, row });
      else this.omitted.issues++;
    }
  }

  /** The report so far. Throws only on a bug: when the row counts do not reconcile. */
  build(): ConversionReport {
    const rows = {
      total: this.total,
      converted: this.converted,
      invalid: this.invalid,
      skipped: this.skipped,
    };
    if (!reconciles(rows)) throw new Error("Conversion report does not reconcile: a row was counted twice");
    const fields: FieldReport[] = [...this.fieldEntries].map(([field, entry]) => ({
      field,
      outcome: entry.outcome,
      canonical: entry.canonical,
      rows: entry.rows,
      ...(entry.note === undefined ? {} : { note: entry.note }),
    }));
    const migrations: MigrationReport[] = [...this.migrationEntries].map(([from, entry]) => ({
      from,
      to: entry.to,
      records: entry.records,
      changes: [...entry.changes].map(([kind, count]) => ({ kind, count })),
    }));
    return {
      from: this.from,
      to: this.to,
      ...(this.sheetPosition === undefined ? {} : { sheet: this.sheetPosition }),
      rows,
      fields,
      invalidValues: [...this.invalidEntries],
      skipped: [...this.skippedEntries],
      issues: [...this.issueEntries],
      ...(this.omitted.invalidValues + this.omitted.skipped + this.omitted.issues > 0
        ? { omitted: { ...this.omitted } }
        : {}),
      ...(migrations.length > 0 ? { migrations } : {}),
    };
  }
}

/** Whether a report's row counts add up: every input row is converted, invalid or skipped. */
export function reconciles(rows: ConversionReport["rows"]): boolean {
  return rows.total === rows.converted + rows.invalid + rows.skipped;
}
