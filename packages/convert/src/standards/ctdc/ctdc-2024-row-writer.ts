import { readData, Victim } from "@tip/schema";
import { csvLine } from "../../io/csv-line.js";
import { presentFields } from "../../model/present-fields.js";
import { shapeOf } from "../../model/shape.js";
import { checkConverted } from "../../report/check-converted.js";
import type { ConversionReport } from "../../report/conversion-report.js";
import { ReportBuilder } from "../../report/report-builder.js";
import { CTDC_2024_COLUMNS } from "./ctdc-2024-columns.js";
import {
  CTDC_2024_DROPPED_CODES,
  CTDC_2024_WRITERS,
  type Ctdc2024Source,
  type Ctdc2024Writer,
} from "./ctdc-2024-writer-rules.js";
import { parseCtdcFlag } from "./ctdc-cells.js";
import { CTDC_NAMESPACE } from "./ctdc-row-reader.js";

const VICTIM_SHAPE = shapeOf(Victim);
/** Fields some 2024 column is written from. */
const WRITTEN_FIELDS = new Set(
  CTDC_2024_WRITERS.flatMap(({ sources }) => sources.map((source) => source.field.id)),
);

function valueAt(record: unknown, segments: readonly string[]): unknown {
  let current = record;
  for (const segment of segments) {
    if (current === null || typeof current !== "object") return undefined;
    current = (current as Record<string, unknown>)[segment];
  }
  return current;
}

/** Writes canonical victims as rows of the CTDC 2024 synthetic shape. */
export class Ctdc2024RowWriter {
  private readonly builder = new ReportBuilder("tip", "ctdc");
  /** Lossy fields of the current row, so each counts once per row. */
  private readonly lossyInRow = new Set<string>();

  constructor() {
    for (const { column, sources } of CTDC_2024_WRITERS) {
      this.builder.field(column, "mapped", [...new Set(sources.map((source) => source.field.id))]);
    }
  }

  /** The header line. */
  header(): string {
    return csvLine(CTDC_2024_COLUMNS);
  }

  /**
   * The line of one victim (numbered from 1); `undefined` when skipped: a record of another type, or one not
   * readable as data (the reason is the issue code, see `readData` in `@tip/schema`).
   */
  line(input: unknown, row: number): string | undefined {
    const read = readData(input);
    if (!read.ok) {
      this.builder.skippedRow(read.code, row);
      return undefined;
    }
    const record = read.value;
    if ((record as { recordType?: unknown } | null)?.recordType !== "victim") {
      this.builder.skippedRow("not_a_victim", row);
      return undefined;
    }
    checkConverted(record, this.builder, row);
    this.lossyInRow.clear();
    const kept = valueAt(record, ["extensions", CTDC_NAMESPACE]) as Record<string, unknown> | undefined;
    const cells = CTDC_2024_WRITERS.map((writer) => {
      const cell = this.cell(writer, record) || keptCell(writer, kept);
      if (cell !== "") this.builder.seen(writer.column);
      return cell;
    });
    this.noteDropped(record);
    return csvLine(cells);
  }

  private cell({ sources }: Ctdc2024Writer, record: unknown): string {
    for (const source of sources) {
      const value = valueAt(record, source.field.segments);
      if (value === undefined) continue;
      const cell = this.sourceCell(source, value);
      if (cell !== "") return cell;
    }
    return "";
  }

  private sourceCell(source: Ctdc2024Source, value: unknown): string {
    if (source.kind === "flag")
      return Array.isArray(value) && value.some((code) => source.codes.has(code)) ? "1" : "";
    if (source.kind === "number") return typeof value === "number" ? String(value) : "";
    const codes = Array.isArray(value) ? value : [value];
    if (codes.length > 1)
      this.lossy(source.field.id, "only the first value is written (the 2024 shape has one)");
    const first = codes[0];
    const cell = typeof first === "string" ? (source.valueOf(first) ?? "") : "";
    if (first !== undefined && cell === "") {
      this.lossy(
        source.field.id,
        "a code with no 2024 value (e.g. not specified, XX) is written as an empty cell",
      );
    }
    return cell;
  }

  /** Reports the fields of a record the 2024 shape cannot carry, or only in part. */
  private noteDropped(record: unknown): void {
    for (const [field, codes] of CTDC_2024_DROPPED_CODES) {
      const value = valueAt(record, field.segments);
      if (Array.isArray(value) && value.some((code) => codes.has(code))) {
        this.lossy(field.id, `codes with no column in the 2024 shape are dropped: ${[...codes].join(", ")}`);
      }
    }
    for (const field of presentFields(VICTIM_SHAPE, record)) {
      if (field === "victim.recordType" || field === "victim.extensions" || WRITTEN_FIELDS.has(field))
        continue;
      this.lossy(field, "no column in the CTDC 2024 shape: dropped");
    }
  }

  private lossy(field: string, note: string): void {
    this.builder.field(field, "lossy", [field], note);
    if (!this.lossyInRow.has(field)) this.builder.seen(field);
    this.lossyInRow.add(field);
  }

  /** The report of the victims written so far. */
  report(): ConversionReport {
    return this.builder.build();
  }
}

/**
 * A CTDC value a reader kept under `extensions.ctdc` because the model could not hold it (a merged 2024 flag,
 * an ambiguous gender), written back to its own column so 2024 -> canonical -> 2024 gives the same file.
 */
function keptCell({ column, sources }: Ctdc2024Writer, kept: Record<string, unknown> | undefined): string {
  const value = kept?.[column];
  if (typeof value !== "string") return "";
  const source = sources[0];
  if (source?.kind === "flag") return parseCtdcFlag(value) === true ? "1" : "";
  return source?.kind === "value" && source.accepts(value) ? value : "";
}
