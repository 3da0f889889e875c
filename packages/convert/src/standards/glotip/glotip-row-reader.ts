import { type Aggregate, toAlpha2 } from "@tip/schema";
import { uuidV5 } from "../../ids/deterministic-uuid.js";
import { ConvertInputError } from "../../io/convert-input-error.js";
import type { MalformedReason } from "../../io/csv-splitter.js";
import { restoreFormula } from "../../io/formula-injection.js";
import type { RowConverter } from "../../io/read-rows.js";
import { checkConverted } from "../../report/check-converted.js";
import type { ConversionReport } from "../../report/conversion-report.js";
import { reportHeaderless, skipRaggedRow, VALUE_WITHOUT_HEADER } from "../../report/headerless.js";
import type { ProfileOption } from "../../report/profile-option.js";
import { ReportBuilder } from "../../report/report-builder.js";
import { codedCells, LABEL_KEYS, type PartialAggregate } from "./glotip-cells.js";
import {
  bindGlotipHeader,
  GLOTIP_COLUMNS,
  type GlotipColumn,
  type GlotipColumnIndex,
} from "./glotip-columns.js";
import { GLOTIP_ID_NAMESPACE } from "./glotip-ids.js";
import {
  AGE_TEXTS,
  BREAKDOWN_TEXTS,
  COUNTRY_TEXTS,
  FORM_TEXTS,
  GLOTIP_TOTAL,
  type GlotipVocabulary,
  INDICATOR_TEXTS,
  SEX_TEXTS,
  UNIT_TEXTS,
} from "./glotip-texts.js";
import { parseGlotipValue } from "./glotip-value.js";

/** Extension namespace of the columns a GLOTIP file has beyond the export's. */
export const GLOTIP_NAMESPACE = "glotip";

/** Options of the GLOTIP readers. */
export interface ReadGlotipOptions extends ProfileOption {
  /** Seed of the row ids: `uuidV5(GLOTIP_ID_NAMESPACE, "<idSeed>:<row>")`. Default `glotip`. */
  readonly idSeed?: string;
}

/** The canonical field each column is read into, for the report. */
const CANONICAL: Readonly<Record<GlotipColumn, readonly string[]>> = {
  Iso3_code: ["aggregate.country"],
  Country: ["aggregate.country"],
  Region: ["sourceLabels.region"],
  Subregion: ["sourceLabels.subregion"],
  Indicator: ["aggregate.indicator"],
  Dimension: ["aggregate.breakdown"],
  Category: ["aggregate.exploitationForm", "aggregate.categoryCountry", "sourceLabels.category"],
  Sex: ["aggregate.sex"],
  Age: ["aggregate.ageGroup"],
  Year: ["aggregate.year"],
  "Unit of measurement": ["aggregate.unit"],
  txtVALUE: ["aggregate.value", "aggregate.suppressed"],
  Source: ["aggregate.source"],
};

/**
 * Reads GLOTIP rows (after the header) into aggregate records, one per row. Coded columns become codes of the
 * model; whatever the codes would not write back the same is kept in `sourceLabels`, so the row can be written
 * back cell for cell. A value that cannot be read is reported by row and column, never quoted.
 */
export class GlotipRowReader implements RowConverter<Aggregate> {
  private readonly builder: ReportBuilder;
  private readonly idSeed: string;
  private index: GlotipColumnIndex = [];
  private extra: readonly { position: number; key: string; label: string }[] = [];
  private width = 0;
  /** Columns whose header cell is empty: their values cannot be named, so they are reported, never read. */
  private unnamed: number[] = [];
  private seenCounts: number[] = [];

  constructor(options: ReadGlotipOptions = {}) {
    this.builder = new ReportBuilder("glotip", "tip", { profile: options.profile });
    this.idSeed = options.idSeed ?? "glotip";
  }

  /** Binds the header row; throws `ConvertInputError` when it is not GLOTIP's. */
  header(cells: readonly string[]): void {
    const bound = bindGlotipHeader(cells);
    if (bound === "duplicate")
      throw new ConvertInputError("duplicate_column", "The header row names a GLOTIP column twice", 0);
    if (bound === undefined)
      throw new ConvertInputError(
        "missing_header_row",
        "No row names the GLOTIP columns (Indicator, Year, txtVALUE): the header row is missing",
        0,
      );
    this.index = bound.index;
    this.width = cells.length;
    const taken = new Set<string>();
    this.unnamed = [];
    this.extra = bound.extra.flatMap((position) => {
      const label = `column ${position + 1}`;
      const named = (cells[position] as string).trim();
      if (named === "") {
        this.unnamed.push(position);
        return [];
      }
      // A repeated header is kept under its position, so no cell overwrites another.
      const key = taken.has(named) ? label : named;
      taken.add(key);
      return [{ position, key, label }];
    });
    GLOTIP_COLUMNS.forEach((column, at) => {
      if (bound.index[at] !== undefined) this.builder.field(column, "mapped", CANONICAL[column]);
    });
    for (const { label } of this.extra)
      this.builder.field(label, "unmapped", [], "not a GLOTIP column: kept in extensions.glotip");
    this.seenCounts = GLOTIP_COLUMNS.map(() => 0);
  }

  /** Converts one data row (numbered from 1 after the header), or `undefined` when it is skipped. */
  row(cells: readonly string[], row: number): Aggregate | undefined {
    if (cells.length !== this.width) {
      skipRaggedRow(this.builder, cells, this.width, row);
      return undefined;
    }
    const headerless = this.unnamed.filter((position) => (cells[position] as string).trim() !== "");
    for (const position of headerless) reportHeaderless(this.builder, row, position);
    if (headerless.length > 0 && cells.every((cell, at) => cell === "" || headerless.includes(at))) {
      // Nothing but values without a header: no record to make of them.
      this.builder.skippedRow(VALUE_WITHOUT_HEADER, row);
      return undefined;
    }
    const texts = {} as Record<GlotipColumn, string>;
    GLOTIP_COLUMNS.forEach((column, at) => {
      const position = this.index[at];
      const raw = position === undefined ? "" : (cells[position] as string);
      texts[column] = raw.charCodeAt(0) === 39 ? restoreFormula(raw) : raw;
      if (raw !== "") this.seenCounts[at] = (this.seenCounts[at] as number) + 1;
    });
    const record = this.assemble(texts, row);
    const kept = this.keptExtras(cells);
    const aggregate = (
      kept === undefined ? record : { ...record, extensions: { [GLOTIP_NAMESPACE]: kept } }
    ) as Aggregate;
    checkConverted(aggregate, this.builder, row, { incomplete: headerless.length > 0 });
    return aggregate;
  }

  /** The record of a row, its fields in schema order, with the source texts the codes do not say. */
  private assemble(texts: Record<GlotipColumn, string>, row: number): PartialAggregate {
    const read = <C extends string>(column: GlotipColumn, vocabulary: GlotipVocabulary<C>, list: string) => {
      const text = texts[column];
      if (text.trim() === GLOTIP_TOTAL && column !== "Indicator" && column !== "Dimension") return undefined;
      if (text.trim() === "") return undefined;
      const code = vocabulary.code(text);
      if (code === undefined)
        this.builder.invalidValue({ row, column, code: "unknown_code", expected: list });
      return code;
    };
    const country = this.country(texts.Iso3_code, row);
    const breakdown = read("Dimension", BREAKDOWN_TEXTS, "aggregate_breakdown");
    const category = texts.Category;
    const exploitationForm = breakdown === "exploitation_form" ? FORM_TEXTS.code(category) : undefined;
    const categoryCountry =
      breakdown === "citizenship" || breakdown === "country_of_repatriation"
        ? (COUNTRY_TEXTS.code(category) as Aggregate["categoryCountry"])
        : undefined;
    const year = /^\s*\d{4}\s*$/.test(texts.Year) ? Number(texts.Year) : undefined;
    if (year === undefined && texts.Year.trim() !== "")
      this.builder.invalidValue({ row, column: "Year", code: "not_a_year", expected: "year" });
    const parsed = parseGlotipValue(texts.txtVALUE);
    if (parsed.kind === "unreadable")
      this.builder.invalidValue({ row, column: "txtVALUE", code: "not_a_number", expected: "number or <n" });
    const record: PartialAggregate = {
      recordType: "aggregate",
      id: uuidV5(GLOTIP_ID_NAMESPACE, `${this.idSeed}:${row}`),
      indicator: read("Indicator", INDICATOR_TEXTS, "aggregate_indicator"),
      country,
      year,
      breakdown,
      exploitationForm,
      categoryCountry,
      sex: read("Sex", SEX_TEXTS, "sex"),
      ageGroup: read("Age", AGE_TEXTS, "majority_status"),
      unit: read("Unit of measurement", UNIT_TEXTS, "aggregate_unit"),
      value: parsed.kind === "value" ? parsed.value : undefined,
      suppressed: parsed.kind === "suppressed" ? parsed.suppressed : undefined,
      source: texts.Source === "" ? undefined : texts.Source,
    };
    const labels = this.labels(record, texts);
    return dropUndefined(labels === undefined ? record : { ...record, sourceLabels: labels });
  }

  private country(text: string, row: number): Aggregate["country"] {
    if (text.trim() === "") return undefined;
    const code = toAlpha2(text);
    if (code === undefined)
      this.builder.invalidValue({ row, column: "Iso3_code", code: "unknown_code", expected: "country" });
    return code;
  }

  /** The source texts the coded fields would write otherwise; `undefined` when they write every cell. */
  private labels(record: PartialAggregate, texts: Record<GlotipColumn, string>) {
    const coded = codedCells(record);
    let labels: Record<string, string> | undefined;
    for (const [column, key] of Object.entries(LABEL_KEYS) as [keyof typeof LABEL_KEYS, string][]) {
      if (coded[column] === texts[column]) continue;
      labels ??= {};
      labels[key] = texts[column];
    }
    return labels;
  }

  /** The non-empty cells of columns beyond the export's, by header, in an object without a prototype. */
  private keptExtras(cells: readonly string[]): Record<string, string> | undefined {
    let kept: Record<string, string> | undefined;
    for (const { position, key } of this.extra) {
      const cell = cells[position] as string;
      if (cell === "") continue;
      kept ??= Object.create(null) as Record<string, string>;
      kept[key] = cell;
    }
    return kept;
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
    GLOTIP_COLUMNS.forEach((column, at) => {
      this.builder.seen(column, this.seenCounts[at]);
    });
    this.seenCounts = GLOTIP_COLUMNS.map(() => 0);
    return this.builder.build();
  }
}

function dropUndefined(record: PartialAggregate): PartialAggregate {
  const out: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(record)) if (value !== undefined) out[key] = value;
  return out as PartialAggregate;
}
