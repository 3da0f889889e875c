import type { TipRecord } from "@tip/schema";
import { stringify } from "csv-stringify/sync";
import { neutraliseFormula } from "../../io/formula-injection.js";
import { loadExcelJs } from "../../io/xlsx/load-exceljs.js";
import type { ConversionReport } from "../../report/conversion-report.js";
import type { WriteResult } from "../../report/conversion-stream.js";
import { ReportBuilder } from "../../report/report-builder.js";
import { glotipCells } from "./glotip-cells.js";
import { GLOTIP_COLUMNS } from "./glotip-columns.js";

/** The rows GLOTIP-shaped output holds: the header, then one row per aggregate record. */
function glotipRowsOf(records: Iterable<TipRecord>): { rows: string[][]; report: ConversionReport } {
  const builder = new ReportBuilder("tip", "glotip");
  for (const column of GLOTIP_COLUMNS) builder.field(column, "mapped", []);
  builder.field(
    "extensions.glotip",
    "unmapped",
    [],
    "columns beyond GLOTIP's, kept in extensions.glotip, are not written",
  );
  const rows: string[][] = [[...GLOTIP_COLUMNS]];
  let row = 0;
  for (const record of records) {
    row++;
    if (record === null || typeof record !== "object") {
      builder.skippedRow("not_a_record", row);
      continue;
    }
    if (record.recordType !== "aggregate") {
      builder.skippedRow("not_an_aggregate_record", row);
      continue;
    }
    const cells = glotipCells(record);
    rows.push(GLOTIP_COLUMNS.map((column) => cells[column]));
    for (const column of GLOTIP_COLUMNS) if (cells[column] !== "") builder.seen(column);
    if (record.extensions?.glotip !== undefined) builder.seen("extensions.glotip");
    builder.convertedRow([], row);
  }
  return { rows, report: builder.build() };
}

/**
 * Writes aggregate records as CSV in the columns of UNODC's GLOTIP export (Iso3_code … txtVALUE, Source),
 * one row per record; records of other types are skipped and counted. Cells a spreadsheet would run as a
 * formula are neutralised with a leading apostrophe (the GLOTIP reader takes it off again).
 */
export function writeGlotipCsv(records: Iterable<TipRecord>): WriteResult {
  const { rows, report } = glotipRowsOf(records);
  const text = stringify(
    rows.map((cells) => cells.map(neutraliseFormula)),
    { record_delimiter: "\n" },
  );
  return { text, report };
}

/** A year written as a number cell, as the export has it; any other text stays text. */
const YEAR = /^\d{4}$/;
const YEAR_COLUMN = GLOTIP_COLUMNS.indexOf("Year");

/**
 * Writes aggregate records as an xlsx workbook with one sheet in the columns of GLOTIP's export: the header on
 * the first row, every cell text except the year, which is a number as in the export.
 */
export async function writeGlotipXlsx(
  records: Iterable<TipRecord>,
): Promise<{ bytes: Uint8Array; report: ConversionReport }> {
  const { rows, report } = glotipRowsOf(records);
  const book = new (await loadExcelJs()).Workbook();
  const sheet = book.addWorksheet("GLOTIP");
  rows.forEach((cells, index) => {
    sheet.addRow(
      index > 0
        ? cells.map((cell, at) => (at === YEAR_COLUMN && YEAR.test(cell) ? Number(cell) : cell))
        : cells,
    );
  });
  const buffer = await book.xlsx.writeBuffer();
  return { bytes: new Uint8Array(buffer as ArrayBuffer), report };
}
