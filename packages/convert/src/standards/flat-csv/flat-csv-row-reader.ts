import type { TipRecord } from "@tip/schema";
import { FLAT_CSV_ID_NAMESPACE, uuidV5 } from "../../ids/deterministic-uuid.js";
import { ConvertInputError } from "../../io/convert-input-error.js";
import type { MalformedReason } from "../../io/csv-splitter.js";
import { restoreFormula } from "../../io/formula-injection.js";
import type { CsvDialect, TextReadOptions } from "../../io/text-options.js";
import { orderLikeSchema } from "../../model/order-like-schema.js";
import { defineValue, MAX_RECORD_DEPTH, unsafeValue } from "../../model/safe-keys.js";
import { hasPath, setPath } from "../../model/set-path.js";
import type { LeafNode, ObjectNode } from "../../model/shape.js";
import { checkConverted } from "../../report/check-converted.js";
import { columnName } from "../../report/column-name.js";
import type { ConversionReport } from "../../report/conversion-report.js";
import { reportHeaderless, skipRaggedRow, VALUE_WITHOUT_HEADER } from "../../report/headerless.js";
import type { ProfileOption } from "../../report/profile-option.js";
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
export interface ReadFlatCsvOptions extends TextReadOptions, ProfileOption {
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
  if (!Object.hasOwn(record, "extensions")) record.extensions = {};
  return record.extensions as Record<string, Record<string, unknown>>;
}

/** The namespace object of `extensions`, created when first needed; own properties only. */
function namespaceOf(record: Record<string, unknown>, namespace: string): Record<string, unknown> {
  const extensions = extensionsOf(record);
  if (!Object.hasOwn(extensions, namespace)) defineValue(extensions, namespace, {});
  return extensions[namespace] as Record<string, unknown>;
}

function parseJson(cell: string): { ok: true; value: unknown } | { ok: false } {
  try {
    return { ok: true, value: JSON.parse(cell) };
  } catch {
    return { ok: false };
  }
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
  private readonly builder: ReportBuilder;
  private bindings: ColumnBinding[] = [];
  /** The file writes numbers with a decimal comma (`16,0`). */
  private decimalComma = false;
  /** The national codes the profile adds to each code list. */
  private readonly national = new Map<string, ReadonlySet<string>>();

  constructor(options: ReadFlatCsvOptions = {}) {
    this.builder = new ReportBuilder("csv", "tip", { profile: options.profile });
    for (const [list, change] of Object.entries(options.profile?.codeLists ?? {}))
      this.national.set(list, new Set(Object.keys(change.national)));
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
    this.unnamed = cells.map((raw) => raw.trim() === "");
    this.bindings = cells.map((raw, index) => {
      const column = restoreFormula(raw.trim());
      if (seen.has(column) && column !== "")
        throw new ConvertInputError(
          "duplicate_column",
          `Two columns of the header have the same name (column ${index + 1})`,
          0,
          undefined,
          undefined,
          { column: index + 1 },
        );
      seen.add(column);
      return bindColumn(this.shape, column);
    });
    if (this.bindings.every((binding) => binding.kind === "unknown" || binding.kind === "forbidden")) {
      throw new ConvertInputError(
        "missing_header_row",
        `The first row names no field of a ${this.entity} record: the header row is missing`,
        0,
      );
    }
    this.names = this.bindings.map((binding, index) =>
      binding.kind === "unknown" || binding.kind === "forbidden" || binding.kind === "extension"
        ? columnName(index)
        : binding.column,
    );
    this.bindings.forEach((binding, index) => {
      if (!this.unnamed[index]) this.declare(binding, this.names[index] as string);
    });
  }

  /** Per column, whether its header cell is empty: its values cannot be named, so they are reported, never read. */
  private unnamed: boolean[] = [];

  /** How the report names each column: its model path, or its number when the header is not one. */
  private names: string[] = [];

  private declare(binding: ColumnBinding, column: string): void {
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
        this.builder.field(column, "mapped", ["extensions"]);
        return;
      case "forbidden":
        this.builder.field(
          column,
          "lossy",
          [],
          "its header holds __proto__, constructor or prototype: its values were not read",
        );
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
      skipRaggedRow(this.builder, cells, this.bindings.length, row);
      return undefined;
    }
    const headerless = this.headerlessCells(cells);
    for (const index of headerless) reportHeaderless(this.builder, row, index);
    const named = cells.some((cell, index) => !this.unnamed[index] && restoreFormula(cell) !== "");
    if (headerless.length > 0 && !named) {
      // Nothing but values without a header: no record to make of them.
      this.builder.skippedRow(VALUE_WITHOUT_HEADER, row);
      return undefined;
    }
    const record: Record<string, unknown> = {};
    // Kept cells by header, in a map: a header is any text.
    const kept = new Map<string, unknown>();
    const containers: number[] = [];
    for (let index = 0; index < cells.length; index++) {
      const binding = this.bindings[index] as ColumnBinding;
      const cell = restoreFormula(cells[index] as string);
      if (cell === "" || this.unnamed[index]) continue;
      this.builder.seen(this.names[index] as string);
      if (binding.kind === "container") containers.push(index);
      else if (!this.readCell(binding, index, cell, record, kept, row)) {
        this.builder.skippedRow("other_record_type", row);
        return undefined;
      }
    }
    // Empty-container markers last: they only stand for a list or object nothing else filled.
    for (const index of containers) {
      const binding = this.bindings[index] as ColumnBinding;
      if (binding.kind !== "container") continue;
      const cell = restoreFormula(cells[index] as string);
      const marker = binding.list ? EMPTY_LIST : EMPTY_OBJECT;
      if (cell === marker && !hasPath(record, binding.segments))
        setPath(record, binding.segments, binding.list ? [] : {});
      else if (cell !== marker) this.keep(binding.column, index, cell, kept, row, "not_a_container");
    }
    if (!Object.hasOwn(record, "recordType")) record.recordType = this.entity;
    if (!Object.hasOwn(record, "id")) record.id = uuidV5(FLAT_CSV_ID_NAMESPACE, `${this.idSeed}:${row}`);
    if (kept.size > 0) {
      const namespace = namespaceOf(record, FLAT_CSV_NAMESPACE);
      for (const [key, value] of kept) if (!Object.hasOwn(namespace, key)) defineValue(namespace, key, value);
    }
    const ordered = orderLikeSchema(this.shape, record);
    checkConverted(ordered, this.builder, row, { incomplete: headerless.length > 0 });
    return ordered as TipRecord;
  }

  /** The columns of a row that hold a value under an empty header cell. */
  private headerlessCells(cells: readonly string[]): number[] {
    const found: number[] = [];
    this.unnamed.forEach((unnamed, index) => {
      if (unnamed && (cells[index] as string).trim() !== "") found.push(index);
    });
    return found;
  }

  /** Reads one non-empty cell into the record; `false` when the row holds another record type. */
  private readCell(
    binding: ColumnBinding,
    index: number,
    cell: string,
    record: Record<string, unknown>,
    kept: Map<string, unknown>,
    row: number,
  ): boolean {
    switch (binding.kind) {
      case "leaf": {
        const list = binding.node.meta?.codeList;
        const national = list === undefined ? undefined : this.national.get(list);
        const decoded = decodeLeaf(binding.node, cell, this.decimalComma, national);
        if (decoded.problem === "wrong_record_type") return false;
        if (decoded.value !== undefined) setPath(record, binding.segments, decoded.value);
        if (decoded.problem)
          this.keep(binding.column, index, cell, kept, row, decoded.problem, expectedOf(binding.node));
        return true;
      }
      case "json": {
        const parsed = parseJson(cell);
        const depth = MAX_RECORD_DEPTH - binding.segments.length;
        const problem = parsed.ok ? unsafeValue(parsed.value, depth) : "not_json";
        if (parsed.ok && problem === undefined) setPath(record, binding.segments, parsed.value);
        else this.keep(binding.column, index, cell, kept, row, problem ?? "not_json");
        return true;
      }
      case "extension": {
        const value = decodeExtension(cell);
        // extensions > namespace > key: three levels above the value.
        const problem = unsafeValue(value, MAX_RECORD_DEPTH - 3);
        if (problem === undefined) defineValue(namespaceOf(record, binding.namespace), binding.key, value);
        else this.keep(binding.column, index, cell, kept, row, problem);
        return true;
      }
      case "forbidden":
        this.builder.invalidValue({ row, column: this.names[index] as string, code: "forbidden_key" });
        return true;
      default:
        kept.set(binding.column, cell);
        return true;
    }
  }

  /** Keeps a cell that could not be read under `extensions.csv` and reports where it was. */
  private keep(
    header: string,
    index: number,
    cell: string,
    kept: Map<string, unknown>,
    row: number,
    code: string,
    expected?: string,
  ): void {
    kept.set(header, cell);
    const column = this.names[index] as string;
    this.builder.invalidValue({ row, column, code, ...(expected === undefined ? {} : { expected }) });
  }

  /** A row that could not be read as CSV: skipped, located by its first line. */
  malformed(reason: MalformedReason, row: number, line: number): void {
    this.builder.skippedRow(reason, row, line);
  }

  /** The report of the rows read so far. */
  report(): ConversionReport {
    return this.builder.build();
  }
}
