import { readData } from "@tip/schema";
import { csvLine } from "../../io/csv-line.js";
import { modelPointer } from "../../model/model-pointer.js";
import type { ObjectNode } from "../../model/shape.js";
import { checkConverted } from "../../report/check-converted.js";
import { columnName } from "../../report/column-name.js";
import type { ConversionReport } from "../../report/conversion-report.js";
import type { ProfileOption } from "../../report/profile-option.js";
import { ReportBuilder } from "../../report/report-builder.js";
import { bindColumn } from "./bind-columns.js";
import { type FlatCsvPlan, flatCsvColumns } from "./column-plan.js";
import { entityShape, type FlatCsvEntity } from "./flat-csv-entity.js";
import { flatten } from "./flatten.js";

/** Writes records of one type as flat CSV lines with a fixed set of columns. */
export class FlatCsvRowWriter {
  private readonly shape: ObjectNode;
  private readonly columns: readonly string[];
  private readonly position: ReadonlyMap<string, number>;
  private readonly builder: ReportBuilder;

  /** `options.profile`: the records are validated under this national profile (their national codes kept). */
  constructor(
    private readonly entity: FlatCsvEntity,
    plan: FlatCsvPlan,
    options: ProfileOption = {},
  ) {
    this.builder = new ReportBuilder("tip", "csv", options);
    this.shape = entityShape(entity);
    this.columns = flatCsvColumns(entity, plan);
    this.position = new Map(this.columns.map((column, index) => [column, index]));
    this.names = this.columns.map((column, index) => {
      const binding = bindColumn(this.shape, column);
      // Extension columns are named by number: their namespaces and keys are data, not the model's.
      if (binding.kind === "extension") {
        this.builder.field(columnName(index), "mapped", ["extensions"]);
        return columnName(index);
      }
      const field = binding.kind === "leaf" ? binding.node.meta?.field : undefined;
      this.builder.field(column, "mapped", [field ?? column.replace(/\.\d+(?=\.|$)/g, "")]);
      return column;
    });
  }

  /** How the report names each column. */
  private readonly names: readonly string[];

  /** The header line. */
  header(): string {
    return csvLine(this.columns);
  }

  /**
   * The line of one record (numbered from 1), or `undefined` when it is skipped: of another record type, or
   * not readable as data (a getter or proxy that throws, a cycle, nesting over 64 deep...: the reason is the
   * issue code, see `readData` in `@tip/schema`).
   */
  line(input: unknown, row: number): string | undefined {
    const read = readData(input);
    if (!read.ok) {
      this.builder.skippedRow(read.code, row);
      return undefined;
    }
    const record = read.value;
    const type = (record as { recordType?: unknown } | null)?.recordType;
    if (type !== this.entity) {
      this.builder.skippedRow("other_record_type", row);
      return undefined;
    }
    checkConverted(record, this.builder, row);
    const cells = new Array<string>(this.columns.length).fill("");
    for (const [column, cell] of flatten(this.shape, record)) {
      const index = this.position.get(column);
      if (index === undefined) {
        // A path the plan lacks may hold keys outside the model: the report names its known part only.
        const pointer = modelPointer(`/${column.split(".").join("/")}`, this.entity);
        const name = pointer.slice(1).replaceAll("/", ".");
        this.builder.field(name, "lossy", [], "no column was planned for this value: dropped");
        this.builder.seen(name);
        continue;
      }
      cells[index] = cell;
      if (cell !== "") this.builder.seen(this.names[index] as string);
    }
    return csvLine(cells);
  }

  /** The report of the records written so far. */
  report(): ConversionReport {
    return this.builder.build();
  }
}
