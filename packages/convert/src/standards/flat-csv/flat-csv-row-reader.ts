import type { TipRecord } from "@tip/schema";
import { FLAT_CSV_ID_NAMESPACE, uuidV5 } from "../../ids/deterministic-uuid.js";
import { ConvertInputError } from "../../io/convert-input-error.js";
import { restoreFormula } from "../../io/formula-injection.js";
import type { CsvDialect, TextReadOptions } from "../../io/text-options.js";
import { orderLikeSchema } from "../../model/order-like-schema.js";
import { hasPath, setPath } from "../../model/set-path.js";
import type { LeafNode, ObjectNode } from "../../model/shape.js";
import { checkConverted } from "../../report/check-converted.js";
import type { ConversionReport } from "../../report/conversion-report.js";
import { ReportBuilder } from "../../report/report-builder.js";
import { bindColumn, type ColumnBinding } from "./bind-columns.js";
import { decodeExtension } from "./extension-cell.js";
import { entityShape, type FlatCsvEntity } from "./flat-csv-entity.js";
import { EMPTY_OBJECT } from "./flatten.js";
import { decodeLeaf } from "./leaf-codec.js";
import { EMPTY_LIST } from "./list-cell.js";

/** Extension namespace of flat CSV columns the model does not know, and of values that could not be read. */
export const FLAT_CSV_NAMESPACE = "csv";

/** Options of the flat CSV readers. */
export interface ReadFlatCsvOptions extends TextReadOptions {
  /** The record type of the rows. Default `victim`. */
  readonly entity?: FlatCsvEntity;
  /**
   * Rows without an `id` get `uuidV5(FLAT_CSV_ID_NAMESPACE, "<idSeed>:<row>")`: stable for the same file.
   * Give each file its own seed (e.g. its name) so ids of different files never meet. Default `flat-csv`.
   */
  readonly idSeed?: string;
}

/** The `extensions` object of a record being built, created when first needed. */
function extensionsOf(record: Record<string, unknown>): Record<string, Record<string, unknown>> {
  record.extensions ??= {};
  return record.extensions as Record<string, Record<string, unknown>>;
}

/** What a cell of a leaf should have held, for the report: its code list or its type. */
function expectedOf(node: LeafNode): string | undefined {
  if (node.meta?.codeList !== undefined) return node.meta.codeList;
  return node.type === "number" ? "number" : node.type === "boolean" ? "true or false" : undefined;
}

/** Reads flat CSV rows one at a time: `header` first, then `row` for each data row. */
export class FlatCsvRowReader {
  private readonly shape: ObjectNode;
  private readonly entity: FlatCsvEntity;
  private readonly idSeed: string;
  private readonly builder = new ReportBuilder("csv", "tip");
  private bindings: ColumnBinding[] = [];
  /** The file writes numbers with a decimal comma (`16,0`). */
  private decimalComma = false;

  constructor(options: ReadFlatCsvOptions = {}) {
    this.entity = options.entity ?? "victim";
    this.idSeed = options.idSeed ?? "flat-csv";
    this.shape = entityShape(this.entity);
  }

  /** Hears the file's decimal mark. */
  dialect(dialect: CsvDialect): void {
    this.decimalComma = dialect.decimalComma;
  }

  /** Binds the header row; throws `ConvertInputError` when it names no field of the record type. */
  header(cells: readonly string[]): void {
    const seen = new Set<string>();
    this.bindings = cells.map((raw, index) => {
      const column = restoreFormula(raw.trim());
      if (seen.has(column))
        throw new ConvertInputError(
          "duplicate_column",
          `Two columns of the header have the same name (column ${index + 1})`,
          0,
        );
      seen.add(column);
      return bindColumn(this.shape, column);
    });
    if (this.bindings.every((binding) => binding.kind === "unknown")) {
      throw new ConvertInputError(
        "missing_header_row",
        `The first row names no field of a ${this.entity} record: the header row is missing`,
        0,
      );
    }
    for (const binding of this.bindings) this.declare(binding);
  }

  private declare(binding: ColumnBinding): void {
    const { column } = binding;
    switch (binding.kind) {
      case "leaf":
        this.builder.field(column, "mapped", [binding.node.meta?.field ?? column]);
        return;
      case "json":
        this.builder.field(column, "mapped", [binding.field ?? column]);
        return;
      case "container":
        this.builder.field(column, "mapped", [
          binding.segments.filter((s) => typeof s === "string").join("."),
        ]);
        return;
      case "extension":
        this.builder.field(column, "mapped", [`extensions.${binding.namespace}`]);
        return;
      case "unknown":
        this.builder.field(
          column,
          "unmapped",
          [],
          `not a field of ${this.entity}: kept in extensions.${FLAT_CSV_NAMESPACE}`,
        );
    }
  }

  /** Converts one data row (numbered from 1); returns the record, or `undefined` when the row is skipped. */
  row(cells: readonly string[], row: number): TipRecord | undefined {
    if (cells.length !== this.bindings.length) {
      this.builder.skippedRow("csv_row_length", row);
      return undefined;
    }
    const record: Record<string, unknown> = {};
    const kept: Record<string, unknown> = {};
    const containers: ColumnBinding[] = [];
    for (let index = 0; index < cells.length; index++) {
      const binding = this.bindings[index] as ColumnBinding;
      const cell = restoreFormula(cells[index] as string);
      if (cell === "") continue;
      this.builder.seen(binding.column);
      if (binding.kind === "container") containers.push(binding);
      else if (!this.readCell(binding, cell, record, kept, row)) {
        this.builder.skippedRow("other_record_type", row);
        return undefined;
      }
    }
    // Empty-container markers last: they only stand for a list or object nothing else filled.
    for (const binding of containers) {
      if (binding.kind !== "container") continue;
      const cell = restoreFormula(cells[this.bindings.indexOf(binding)] as string);
      const marker = binding.list ? EMPTY_LIST : EMPTY_OBJECT;
      if (cell === marker && !hasPath(record, binding.segments))
        setPath(record, binding.segments, binding.list ? [] : {});
      else if (cell !== marker) this.keep(binding.column, cell, kept, row, "not_a_container");
    }
    record.recordType ??= this.entity;
    record.id ??= uuidV5(FLAT_CSV_ID_NAMESPACE, `${this.idSeed}:${row}`);
    if (Object.keys(kept).length > 0) {
      const extensions = extensionsOf(record);
      extensions[FLAT_CSV_NAMESPACE] = { ...kept, ...extensions[FLAT_CSV_NAMESPACE] };
    }
    const ordered = orderLikeSchema(this.shape, record);
    checkConverted(ordered, this.builder, row);
    return ordered as TipRecord;
  }

  /** Reads one non-empty cell into the record; `false` when the row holds another record type. */
  private readCell(
    binding: ColumnBinding,
    cell: string,
    record: Record<string, unknown>,
    kept: Record<string, unknown>,
    row: number,
  ): boolean {
    switch (binding.kind) {
      case "leaf": {
        const decoded = decodeLeaf(binding.node, cell, this.decimalComma);
        if (decoded.problem === "wrong_record_type") return false;
        if (decoded.value !== undefined) setPath(record, binding.segments, decoded.value);
        if (decoded.problem)
          this.keep(binding.column, cell, kept, row, decoded.problem, expectedOf(binding.node));
        return true;
      }
      case "json":
        try {
          setPath(record, binding.segments, JSON.parse(cell));
        } catch {
          this.keep(binding.column, cell, kept, row, "not_json");
        }
        return true;
      case "extension": {
        const extensions = extensionsOf(record);
        extensions[binding.namespace] ??= {};
        (extensions[binding.namespace] as Record<string, unknown>)[binding.key] = decodeExtension(cell);
        return true;
      }
      default:
        kept[binding.column] = cell;
        return true;
    }
  }

  /** Keeps a cell that could not be read under `extensions.csv` and reports where it was. */
  private keep(
    column: string,
    cell: string,
    kept: Record<string, unknown>,
    row: number,
    code: string,
    expected?: string,
  ): void {
    kept[column] = cell;
    this.builder.invalidValue({ row, column, code, ...(expected === undefined ? {} : { expected }) });
  }

  /** The report of the rows read so far. */
  report(): ConversionReport {
    return this.builder.build();
  }
}
