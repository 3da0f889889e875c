import type { Victim } from "@tip/schema";
import { decimalCommaNumber } from "@tip/validate";
import { CTDC_ID_NAMESPACE, uuidV5 } from "../../ids/deterministic-uuid.js";
import { ConvertInputError } from "../../io/convert-input-error.js";
import type { MalformedReason } from "../../io/csv-splitter.js";
import { restoreFormula } from "../../io/formula-injection.js";
import type { CsvDialect, TextReadOptions } from "../../io/text-options.js";
import { isForbiddenKey } from "../../model/safe-keys.js";
import { setModelPath } from "../../model/set-path.js";
import { checkConverted } from "../../report/check-converted.js";
import { columnName } from "../../report/column-name.js";
import type { ConversionReport } from "../../report/conversion-report.js";
import { reportHeaderless, skipRaggedRow, VALUE_WITHOUT_HEADER } from "../../report/headerless.js";
import type { ProfileOption } from "../../report/profile-option.js";
import { ReportBuilder } from "../../report/report-builder.js";
import { parseCtdcFlag, parseCtdcWhole } from "./ctdc-cells.js";
import { CTDC_COLUMNS, type CtdcColumnRule } from "./ctdc-columns.js";
import { CTDC_FIELDS, type CtdcField } from "./ctdc-fields.js";
import { isCtdcMissing } from "./ctdc-missing.js";
import { isCtdcNotCollected, isCtdcTermsOfUse, isZeroCountry } from "./ctdc-source-quirks.js";
import { resolveCtdcColumn } from "./resolve-ctdc-header.js";

/** Extension namespace of CTDC values the model has no field or code for. */
export const CTDC_NAMESPACE = "ctdc";

/** Options of the CTDC readers. */
export interface ReadCtdcOptions extends TextReadOptions, ProfileOption {
  /**
   * Each row becomes a victim with id `uuidV5(CTDC_ID_NAMESPACE, "<idSeed>:<row>")` (RFC 9562 version 5;
   * rows numbered from 1 after the header): the same file always gives the same ids. Give each data set its
   * own seed (e.g. `ctdc-global-2021`) so that ids of different files never meet. Default `ctdc`.
   */
  readonly idSeed?: string;
}

interface Column {
  /** How the report names the column: the CTDC column name when known, else `column <number>`. */
  readonly name: string;
  /** Key under `extensions.ctdc`: the full column name when known, else the header as written. */
  readonly key: string;
  readonly rules: readonly CtdcColumnRule[];
  /** CTDC's `Unknown` (not collected) is no answer here: flag, number and age-band columns. */
  readonly unknownIsMissing: boolean;
  /** A country column, where a re-saved `0` / `0.0` stands for CTDC's unknown country `00`. */
  readonly country: boolean;
  /** The terms-of-use notice of the raw 2020 file: no data column, so not reported as unmapped. */
  readonly notice: boolean;
  /** A header such as `__proto__`: never a key, its cells are not read. */
  readonly forbidden: boolean;
  /** An empty header cell: the column's values cannot be named, so they are reported, never read. */
  readonly unnamed: boolean;
}

/** Key under `extensions.ctdc` of a value found in the terms-of-use column (expected empty). */
const TERMS_OF_USE_KEY = "termsOfUse";
/** CTDC's unknown country as its codebook writes it; the country list maps it to `XX`. */
const UNKNOWN_COUNTRY = "00";

/**
 * Rows of at most this many columns make records well under `checkRecord`'s bound of values (1,000,000), so
 * they are checked in place; a wider file's records are read as data first, which enforces the bound.
 */
const MAX_PLAIN_COLUMNS = 100_000;

/** What one row says about one field. */
interface FieldState {
  codes: string[];
  value: unknown;
  /** A column of the field's group had an answer (yes or no). */
  answered: boolean;
  /** A column said yes but could not be read as codes (a merged 2024 column, an ambiguous value). */
  unsure: boolean;
}

const FIELD_INDEX = new Map<CtdcField, number>(CTDC_FIELDS.map((field, index) => [field, index]));
/** Each coded field's codes by position in its list, to print list values in list order. */
const CODE_RANK = new Map<CtdcField, ReadonlyMap<string, number>>(
  CTDC_FIELDS.map((field) => [
    field,
    new Map((field.codeList?.codes ?? []).map((code, index) => [code, index])),
  ]),
);
const LOSSY_VALUE_NOTE =
  "a CTDC value stands for several canonical codes: kept in extensions.ctdc, no code set";

/** Reads CTDC rows (both generations) one at a time into canonical victim records. */
export class CtdcRowReader {
  private readonly builder: ReportBuilder;
  private readonly idSeed: string;
  /** The file writes numbers with a decimal comma (`16,0`). */
  private decimalComma = false;
  private columns: Column[] = [];
  /** Rows with a value, per column; added to the report when it is built. */
  private seenCounts: number[] = [];
  /** Per column: `Unknown` cells read as missing, and `0` / `0.0` country cells read as `00`. */
  private notCollectedCounts: number[] = [];
  private zeroCountryCounts: number[] = [];
  /** What the current row says about each field; reset for every row. */
  private readonly states: FieldState[] = CTDC_FIELDS.map(() => ({
    codes: [],
    value: undefined,
    answered: false,
    unsure: false,
  }));

  constructor(options: ReadCtdcOptions = {}) {
    this.builder = new ReportBuilder("ctdc", "tip", { profile: options.profile });
    this.idSeed = options.idSeed ?? "ctdc";
  }

  /** Binds the header row; throws `ConvertInputError` when no cell names a CTDC column. */
  header(cells: readonly string[]): void {
    const taken = new Set<string>();
    this.columns = cells.map((cell, index) => {
      const header = cell.trim();
      const notice = index === 0 && isCtdcTermsOfUse(header);
      const known = notice ? undefined : resolveCtdcColumn(header);
      const key = notice ? TERMS_OF_USE_KEY : (known ?? header);
      const unnamed = key === "";
      if (taken.has(key) && !unnamed) {
        throw new ConvertInputError(
          "duplicate_column",
          `Column ${index + 1} repeats an earlier CTDC column`,
          0,
          undefined,
          undefined,
          { column: index + 1 },
        );
      }
      taken.add(key);
      const rules = known === undefined ? [] : (CTDC_COLUMNS.get(known) ?? []);
      return {
        name: notice ? TERMS_OF_USE_KEY : (known ?? columnName(index)),
        key,
        rules,
        unknownIsMissing: rules.length > 0 && rules.every(isNoAnswerWhenUnknown),
        country: rules.some((rule) => rule.kind === "value" && rule.field.codeList?.id === "country"),
        notice,
        forbidden: known === undefined && !notice && isForbiddenKey(key),
        unnamed,
      };
    });
    if (this.columns.every((column) => column.rules.length === 0)) {
      throw new ConvertInputError(
        "missing_header_row",
        "The first row names no CTDC column: the header row is missing",
        0,
      );
    }
    for (const column of this.columns) if (!column.notice && !column.unnamed) this.declare(column);
    this.seenCounts = this.columns.map(() => 0);
    this.notCollectedCounts = this.columns.map(() => 0);
    this.zeroCountryCounts = this.columns.map(() => 0);
  }

  private declare({ name: header, rules, forbidden }: Column): void {
    if (forbidden) {
      const note = "its header is __proto__, constructor or prototype: its values were not read";
      this.builder.field(header, "lossy", [], note);
    } else if (rules.length === 0) {
      this.builder.field(
        header,
        "unmapped",
        [],
        "not a CTDC column the model knows: kept in extensions.ctdc",
      );
    }
    for (const rule of rules) {
      if (rule.kind === "unread") this.builder.field(header, "unmapped", [rule.field.id], rule.note);
      else if (rule.kind === "flag" && rule.codes.length > 1) {
        const note = `merges ${rule.codes.join(", ")}: which one applied is unknown; kept in extensions.ctdc, no code set`;
        this.builder.field(header, "lossy", [rule.field.id], note);
      } else this.builder.field(header, "mapped", [rule.field.id]);
    }
  }

  /** Converts one data row (numbered from 1) into a victim record, or `undefined` when it is skipped. */
  row(cells: readonly string[], row: number): Victim | undefined {
    if (cells.length !== this.columns.length) {
      skipRaggedRow(this.builder, cells, this.columns.length, row);
      return undefined;
    }
    const { states } = this;
    for (const state of states) {
      state.codes = [];
      state.value = undefined;
      state.answered = false;
      state.unsure = false;
    }
    let kept: Record<string, string> | undefined;
    let named = false;
    const headerless: number[] = [];
    for (let index = 0; index < cells.length; index++) {
      const raw = cells[index] as string;
      if (isCtdcMissing(raw)) continue;
      const column = this.columns[index] as Column;
      if (column.unnamed) {
        if (raw.trim() !== "") headerless.push(index);
        continue;
      }
      named = true;
      if (column.unknownIsMissing && isCtdcNotCollected(raw)) {
        this.notCollectedCounts[index] = (this.notCollectedCounts[index] as number) + 1;
        continue;
      }
      if (column.notice) this.noticeValue(column);
      let cell = raw.charCodeAt(0) === 39 ? restoreFormula(raw) : raw;
      if (column.country && isZeroCountry(cell)) {
        this.zeroCountryCounts[index] = (this.zeroCountryCounts[index] as number) + 1;
        cell = UNKNOWN_COUNTRY;
      }
      this.seenCounts[index] = (this.seenCounts[index] as number) + 1;
      if (column.forbidden) {
        this.builder.invalidValue({ row, column: column.name, code: "forbidden_key" });
        continue;
      }
      const outcome = column.rules.length === 0 ? "keep" : this.readCell(column, cell, states);
      if (outcome === "read") continue;
      // Keys are column names from the file: a null-prototype object keeps `__proto__` as a plain key.
      kept ??= Object.create(null) as Record<string, string>;
      kept[column.key] = cell;
      if (outcome === "invalid") this.invalid(column, row);
    }
    for (const index of headerless) reportHeaderless(this.builder, row, index);
    if (headerless.length > 0 && !named) {
      // Nothing but values without a header: no victim to make of them.
      this.builder.skippedRow(VALUE_WITHOUT_HEADER, row);
      return undefined;
    }
    const victim = this.assemble(states, row, kept);
    // Built here from strings, numbers and plain objects: checked in place, not copied first.
    checkConverted(victim, this.builder, row, {
      plainData: this.columns.length <= MAX_PLAIN_COLUMNS,
      incomplete: headerless.length > 0,
    });
    return victim;
  }

  /** Hears the file's decimal mark. */
  dialect(dialect: CsvDialect): void {
    this.decimalComma = dialect.decimalComma;
  }

  /** A flag or number cell in plain notation (`16,0` -> `16.0` in a decimal-comma file); `""` when refused. */
  private numeric(cell: string): string {
    return this.decimalComma ? (decimalCommaNumber(cell) ?? "") : cell;
  }

  /** Applies a cell to the fields of its column: `read`, `keep` (in extensions) or `invalid` (and keep). */
  private readCell(column: Column, cell: string, states: FieldState[]): "read" | "keep" | "invalid" {
    let read = false;
    let keep = false;
    for (const rule of column.rules) {
      const state = states[FIELD_INDEX.get(rule.field) as number] as FieldState;
      switch (rule.kind) {
        case "unread":
          keep = true;
          break;
        case "flag": {
          const flag = parseCtdcFlag(this.numeric(cell));
          if (flag === undefined) break;
          read = true;
          state.answered = true;
          if (!flag) break;
          if (rule.codes.length === 1) state.codes.push(rule.codes[0] as string);
          else {
            state.unsure = true;
            keep = true;
          }
          break;
        }
        case "boolean": {
          const flag = parseCtdcFlag(this.numeric(cell));
          if (flag !== undefined) [state.value, read] = [flag, true];
          break;
        }
        case "number": {
          const number = parseCtdcWhole(this.numeric(cell));
          if (number !== undefined) [state.value, read] = [number, true];
          break;
        }
        case "value": {
          const codes = rule.lookup(cell);
          if (codes === undefined) break;
          read = true;
          if (codes.length === 1) state.codes.push(codes[0] as string);
          else {
            state.unsure = true;
            keep = true;
            this.builder.field(column.name, "lossy", [rule.field.id], LOSSY_VALUE_NOTE);
          }
        }
      }
    }
    if (keep) return "keep";
    return read ? "read" : "invalid";
  }

  /** The terms-of-use column is empty in CTDC's file: a value there is kept and the report says so. */
  private noticeValue(column: Column): void {
    if (this.builder.has(column.name)) return;
    this.builder.field(
      column.name,
      "unmapped",
      [],
      "the terms-of-use column of CTDC's file had values: kept in extensions.ctdc.termsOfUse",
    );
  }

  private invalid(column: Column, row: number): void {
    const rule = column.rules[0];
    const [code, expected] =
      rule?.kind === "value"
        ? ["unknown_code", rule.field.codeList?.id]
        : rule?.kind === "number"
          ? ["not_a_number", "whole number"]
          : ["not_a_boolean", "0 or 1"];
    this.builder.invalidValue({
      row,
      column: column.name,
      code,
      ...(expected === undefined ? {} : { expected }),
    });
  }

  /** Builds the victim with its fields in schema order. */
  private assemble(
    states: readonly FieldState[],
    row: number,
    kept: Record<string, string> | undefined,
  ): Victim {
    const fields: Record<string, unknown> = {};
    for (let index = 0; index < CTDC_FIELDS.length; index++) {
      const field = CTDC_FIELDS[index] as CtdcField;
      const value = fieldValue(field, states[index] as FieldState);
      if (value !== undefined) setModelPath(fields, field.segments, value);
    }
    const id = uuidV5(CTDC_ID_NAMESPACE, `${this.idSeed}:${row}`);
    const extensions = kept === undefined ? undefined : { [CTDC_NAMESPACE]: kept };
    return { recordType: "victim", id, ...(extensions ? { extensions } : {}), ...fields } as Victim;
  }

  /** Hears that the rows come from a workbook's sheet, by position: the report names it so. */
  sheet(position: number): void {
    this.builder.sheet(position);
  }

  /** A row that could not be read as CSV: skipped, located by its first line. */
  malformed(reason: MalformedReason, row: number, line: number): void {
    this.builder.skippedRow(reason, row, line);
  }

  /** The report of the rows read so far. */
  report(): ConversionReport {
    for (const [index, column] of this.columns.entries()) {
      this.builder.seen(column.name, this.seenCounts[index]);
      const notCollected = this.notCollectedCounts[index] ?? 0;
      if (notCollected > 0) {
        const note = `${notCollected} cells Unknown (CTDC: not collected) read as missing`;
        this.builder.note(column.name, note);
      }
      const zeros = this.zeroCountryCounts[index] ?? 0;
      if (zeros > 0) {
        const note = `${zeros} cells 0 or 0.0 (CTDC's unknown country 00 re-saved as a number) read as unknown country XX`;
        this.builder.note(column.name, note);
      }
    }
    this.seenCounts = this.seenCounts.map(() => 0);
    this.notCollectedCounts = this.notCollectedCounts.map(() => 0);
    this.zeroCountryCounts = this.zeroCountryCounts.map(() => 0);
    return this.builder.build();
  }
}

/** Whether CTDC's `Unknown` is no answer for a rule: flags, booleans, numbers and age bands have no such code. */
function isNoAnswerWhenUnknown(rule: CtdcColumnRule): boolean {
  if (rule.kind === "value") return rule.field.codeList?.id === "age_band";
  // Columns kept as written (summaries, relations) keep `Unknown` as written too.
  return rule.kind !== "unread";
}

/** The canonical value of a field from what the row said about it, or `undefined` when it said nothing. */
function fieldValue(field: CtdcField, state: FieldState): unknown {
  const { node } = field;
  if (node.type === "boolean" || node.type === "number") return state.value;
  if (!node.many) return state.codes.length === 1 ? state.codes[0] : undefined;
  if (state.codes.length === 1) return state.codes;
  if (state.codes.length > 1) {
    const rank = CODE_RANK.get(field) as ReadonlyMap<string, number>;
    return [...new Set(state.codes)].sort((a, b) => (rank.get(a) ?? 0) - (rank.get(b) ?? 0));
  }
  // Answered with only noes: an empty list, unless a merged column said yes to something unreadable.
  return state.answered && !state.unsure ? [] : undefined;
}
