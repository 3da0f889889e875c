import type { TipRecord } from "@tip/schema";
import type ExcelJS from "exceljs";
import type { ConversionReport } from "../../report/conversion-report.js";
import { dateCellOf } from "./excel-date.js";
import { encodeCode } from "./htcds-codes.js";
import { labelOf, STANDARD_COLUMNS } from "./htcds-columns.js";
import { htcdsRows } from "./htcds-rows.js";
import type { WriteCell } from "./row-cells.js";
import { loadTemplate } from "./template-workbook.js";

/** What `writeHtcdsXlsx` returns: the workbook's bytes and the report. */
export interface XlsxWriteResult {
  readonly bytes: Uint8Array;
  readonly report: ConversionReport;
}

const FULL_DATE = /^\d{4}-\d{2}-\d{2}$/;

/** A cell's value for exceljs. Text is always a plain string value: exceljs never turns it into a formula. */
function cellValue(cell: WriteCell, labels: ReadonlyMap<string, string> | undefined): ExcelJS.CellValue {
  if (cell.raw !== undefined) return cell.raw;
  if (cell.codes !== undefined) {
    const list = cell.slot?.codeList;
    return cell.codes
      .map((code) => labels?.get(code) ?? (list === undefined ? code : (encodeCode(list, code) ?? code)))
      .join(";");
  }
  const kind = cell.slot?.kind;
  if (
    (kind === "date" || kind === "partialDate") &&
    typeof cell.value === "string" &&
    FULL_DATE.test(cell.value)
  ) {
    return dateCellOf(cell.value);
  }
  return cell.value ?? null;
}

/**
 * Writes canonical records into a copy of the official HTCDS 2.0 Excel template (with validation lists): one
 * row per victim from row 3, numbered in column A as the template does, under the template's hidden row of
 * field names and its labels. Picklists are written as the template's dropdowns offer them (`Physical
 * threats`, country names) and as HTCDS value names where a column has no dropdown, joined by `;`; dates are
 * date cells; text is always a plain string, never a formula. Fields the template has no column for, and
 * `extensions.htcds` keys, get columns after the template's. See `assets/ATTRIBUTION.md` for what is changed
 * in the copy. `readHtcds` reads the result back.
 */
export async function writeHtcdsXlsx(records: readonly TipRecord[]): Promise<XlsxWriteResult> {
  const { rows, report } = htcdsRows(records, "htcds-xlsx");
  const template = await loadTemplate(rows.length);
  const { sheet } = template;
  const placed = new Map(template.columns.map((column) => [column.field.name, column]));
  const extra: string[] = [];
  for (const { name } of STANDARD_COLUMNS)
    if (!placed.has(name) && rows.some((row) => row.has(name))) extra.push(name);
  const standard = new Set(STANDARD_COLUMNS.map(({ name }) => name));
  for (const row of rows)
    for (const key of row.keys()) if (!standard.has(key) && !extra.includes(key)) extra.push(key);
  const headerStyle = sheet.getCell("B2").style;
  const at = new Map<string, { index: number; labels?: ReadonlyMap<string, string> }>(
    [...placed].map(([name, column]) => [name, column]),
  );
  extra.forEach((name, offset) => {
    const index = template.width + 1 + offset;
    sheet.getCell(1, index).value = name;
    const label = sheet.getCell(2, index);
    label.value = standard.has(name) ? labelOf(name) : name;
    label.style = headerStyle;
    sheet.getColumn(index).width = 24;
    at.set(name, { index });
  });
  rows.forEach((row, offset) => {
    const excelRow = sheet.getRow(3 + offset);
    excelRow.getCell(1).value = offset + 1;
    for (const [name, cell] of row) {
      const column = at.get(name);
      if (column === undefined) continue;
      const target = excelRow.getCell(column.index);
      const value = cellValue(cell, column.labels);
      target.value = value;
      if (value instanceof Date) target.numFmt = "yyyy-mm-dd";
    }
  });
  const bytes = new Uint8Array(await template.workbook.xlsx.writeBuffer());
  return { bytes, report: report.build() };
}
