import { CODE_LISTS, type Issue, type TipRecord } from "@tip/schema";
import { type TextReadOptions, textSettingsOf } from "../../io/text-options.js";
import { isForbiddenKey } from "../../model/safe-keys.js";
import { columnName } from "../../report/column-name.js";
import type { ConversionResult } from "../../report/conversion-report.js";
import type { ProfileOption } from "../../report/profile-option.js";
import { ReportBuilder } from "../../report/report-builder.js";
import { AgencyDirectory } from "./agency-directory.js";
import { textOf } from "./cell-parse.js";
import { checkRows, type RowResult } from "./check-rows.js";
import { FieldStats } from "./field-stats.js";
import { HtcdsIds } from "./htcds-ids.js";
import type { HtcdsSlot } from "./htcds-slots.js";
import { profileDecoder } from "./national-codes.js";
import { type CellRead, readCell } from "./read-cell.js";
import { readCsvTable, type SkippedSourceRow } from "./read-csv-table.js";
import { readXlsformCsv, readXlsformJson } from "./read-xlsform.js";
import { readXlsxTable } from "./read-xlsx-table.js";
import { pointerOf } from "./record-paths.js";
import { type HeaderPreference, resolveColumns } from "./resolve-columns.js";
import { isRowCounter } from "./row-counter.js";
import { rowRecords } from "./row-records.js";
import type { SourceTable } from "./source-table.js";

/** The HTCDS layouts `readHtcds` reads. */
export type HtcdsFormat = "xlsx" | "csv" | "xlsform-json" | "xlsform-csv";

/** Options of `readHtcds`. */
export interface ReadHtcdsOptions extends TextReadOptions, ProfileOption {
  /**
   * `xlsx`: the official Excel template (hidden row 1 = field names, row 2 = labels, data from row 3) or any
   * workbook whose sheet has HTCDS field names or labels as header. `csv`: HTCDS field names (or labels) as
   * header. `xlsform-json` / `xlsform-csv`: ODK / KoboToolbox submissions of the HTCDS XLSForm.
   */
  readonly format: HtcdsFormat;
  /** xlsx: the sheet to read; default the first sheet with a header of HTCDS field names (else labels). */
  readonly sheet?: string;
  /**
   * When the template's field-name row and label row disagree on a column (the official template's mailing
   * address columns do), which one wins; default `names` (the machine-readable row). Reported either way.
   */
  readonly header?: HeaderPreference;
  /**
   * ISO 3166-1 alpha-2 country of the organisations named in the file, whose country HTCDS does not record
   * (referring and referred organisations; `org_` without `org_ShippingCountry`). Default `XX` (unknown).
   */
  readonly country?: string;
  /**
   * Name of the organisation keeping the file, for rows without `org_` fields: it becomes the case's reporting
   * agency and our side of the referrals (HTCDS names only the other side: who referred the person to us, whom
   * we referred them to). Without it or `org_` fields, referrals lack a party and are reported invalid.
   */
  readonly organisation?: string;
  /** UUID namespace of the deterministic record ids (see `HTCDS_ID_NAMESPACE`); one per source file. */
  readonly idNamespace?: string;
}

async function tableOf(
  input: unknown,
  options: ReadHtcdsOptions,
): Promise<SourceTable & { skip?: readonly SkippedSourceRow[] }> {
  switch (options.format) {
    case "xlsx":
      if (!(input instanceof Uint8Array || input instanceof ArrayBuffer))
        throw new TypeError("readHtcds: an xlsx input must be bytes (Uint8Array, Buffer or ArrayBuffer)");
      return readXlsxTable(input instanceof ArrayBuffer ? new Uint8Array(input) : input, {
        sheet: options.sheet,
      });
    case "csv":
    case "xlsform-csv":
      if (typeof input !== "string" && !(input instanceof Uint8Array))
        throw new TypeError("readHtcds: a CSV input must be text or bytes");
      return options.format === "csv"
        ? readCsvTable(input, textSettingsOf(options))
        : readXlsformCsv(input, textSettingsOf(options));
    case "xlsform-json":
      return readXlsformJson(input);
    default:
      throw new TypeError(`readHtcds: unknown format "${String(options.format)}"`);
  }
}

/**
 * Reads HTCDS 2.0 data (Excel template, CSV, XLSForm JSON or CSV export) into canonical records: per row a
 * victim, a case linking it, the organisations named (`org_` fields, referring and referred organisations; one
 * record per name), a perpetrator for `per_` fields and a referral for `cas_` referral fields, all with
 * deterministic ids (`HTCDS_ID_NAMESPACE`). Field and code mappings come from `@tip/schema` metadata; every
 * spelling of a field name in the official files is accepted, and picklist values by name or label.
 *
 * The report accounts for every row (converted, invalid, skipped) and every column: mapped, unmapped (kept under
 * `extensions.htcds`), lossy (merged or cut; the cells are kept under `extensions.htcds`), and each value that
 * could not be read, by row and column (a letter in a workbook, else the HTCDS field name) but never by value. A
 * row is invalid when a value could not be read or a record does not validate; its records are still returned.
 * A value in a column without a header is never read (`value_without_header`, by column number); a row holding
 * nothing else is skipped. Only the template's row counter (a whole number in column A) is passed over.
 * Formula cells give their cached result (a warning per cell). Throws `ConvertInputError` when the input cannot
 * be read at all (not a workbook, no sheet or row with HTCDS headers, malformed CSV or JSON).
 */
export async function readHtcds(
  input: unknown,
  options: ReadHtcdsOptions,
): Promise<ConversionResult<TipRecord>> {
  const country = options.country ?? "XX";
  if (!CODE_LISTS.country.has(country))
    throw new RangeError("readHtcds: country must be an ISO 3166-1 alpha-2 code");
  const table = await tableOf(input, options);
  const bindings = resolveColumns(table.columns, options.header, table.labels);
  const ids = new HtcdsIds(options.idNamespace);
  const agencies = new AgencyDirectory(ids, country);
  const stats = new FieldStats(bindings);
  const report = new ReportBuilder(`htcds-${options.format}`, "tip", { profile: options.profile });
  // Under a profile, its national codes read as themselves (a template made for it offers them).
  const decode = profileDecoder(options.profile);
  if (table.sheet !== undefined) report.sheet(table.sheet);
  const results: RowResult[] = [];
  const skipped = new Map<number, string>((table.skip ?? []).map(({ row, reason }) => [row, reason]));
  for (const row of table.rows) {
    const reads = new Map<HtcdsSlot, CellRead[]>();
    const unmapped = new Map<string, string>();
    const unmappedColumns: number[] = [];
    const warnings: (Issue & { row: number })[] = [];
    let invalid = false;
    let headerless = false;
    for (const [index, cell] of row.cells) {
      const binding = bindings[index];
      const column = table.columns[index];
      if (binding === undefined || column === undefined) {
        // A cell no column stands for: a reader bug, but never a value dropped quietly.
        [invalid, headerless] = [true, true];
        report.invalidValue({ row: row.row, column: columnName(index), code: "value_without_header" });
        continue;
      }
      if (binding.field === undefined) {
        // Columns HTCDS lacks are named by number in the report: their headers are any text.
        const name = binding.name;
        if (binding.header.split("/").some(isForbiddenKey)) {
          invalid = true;
          report.invalidValue({ row: row.row, column: name, code: "forbidden_key" });
        } else if (binding.header !== "") {
          unmapped.set(binding.header, textOf(cell.value));
          unmappedColumns.push(index);
        } else if (!(table.rowCounter === true && isRowCounter(index, cell))) {
          // A value without a header cannot be named, so it cannot be kept: the row is not converted whole.
          [invalid, headerless] = [true, true];
          stats.headerless(name);
          report.invalidValue({ row: row.row, column: name, code: "value_without_header" });
        }
        continue;
      }
      const read = readCell(
        cell,
        binding.field,
        table.separator,
        table.date1904 === true,
        table.decimalComma === true,
        decode,
      );
      reads.set(binding.field.slot, [...(reads.get(binding.field.slot) ?? []), read]);
      stats.read(index, read);
      for (const problem of read.problems) {
        invalid = true;
        report.invalidValue({
          row: row.row,
          column: binding.place,
          code: problem.code,
          expected: problem.expected,
        });
      }
      if (read.formula && !cell.error) {
        const path = pointerOf(`/${binding.field.slot.recordType}`, binding.field.slot.path);
        const params = { column: binding.place, field: binding.field.slot.fieldId };
        const message = `Column ${binding.place} holds a formula: its last calculated result was read`;
        warnings.push({
          code: "formula_cached_result",
          path,
          severity: "warning",
          message,
          params,
          row: row.row,
        });
      }
    }
    for (const index of unmappedColumns) stats.unmapped(bindings[index]?.name ?? columnName(index));
    if (reads.size === 0 && unmapped.size === 0) {
      skipped.set(row.row, headerless ? "value_without_header" : "no_values");
      continue;
    }
    const out = rowRecords({ row, reads, unmapped }, { ids, agencies, organisation: options.organisation });
    for (const { slot, note } of out.lossy) stats.lossy(slot, note);
    results.push({ row: row.row, records: out.records, warnings, invalid });
  }
  stats.declare(report);
  const records = checkRows(results, agencies, skipped, report);
  return { records: records as TipRecord[], report: report.build() };
}
