import ExcelJS from "exceljs";
import { ConvertInputError } from "../../io/convert-input-error.js";
import { textOf } from "./cell-parse.js";
import { findHeader, HEADER_SEARCH_ROWS } from "./find-header.js";
import type { SourceCell, SourceColumn, SourceRow, SourceTable } from "./source-table.js";

/** Reads one exceljs cell value; `undefined` for an empty cell. */
export function sourceCellOf(value: ExcelJS.CellValue): SourceCell | undefined {
  if (value === null || value === undefined) return undefined;
  if (value instanceof Date || typeof value === "number" || typeof value === "boolean") return { value };
  if (typeof value === "string") return value.trim() === "" ? undefined : { value };
  // An error cell keeps its error code (`#N/A`); a formula without a cached result keeps its text.
  if ("error" in value) return { value: String(value.error), error: true };
  if ("formula" in value || "sharedFormula" in value) {
    const result = value.result;
    const formula = "formula" in value ? value.formula : value.sharedFormula;
    if (result === undefined || result === null) return { value: `=${formula}`, formula: true, error: true };
    if (typeof result === "object" && !(result instanceof Date)) {
      return { value: "error" in result ? String(result.error) : `=${formula}`, formula: true, error: true };
    }
    return { value: result, formula: true };
  }
  if ("richText" in value) {
    const text = value.richText.map((run) => run.text).join("");
    return text.trim() === "" ? undefined : { value: text };
  }
  if ("text" in value)
    return typeof value.text === "string" && value.text.trim() !== "" ? { value: value.text } : undefined;
  return undefined;
}

function headerText(cell: ExcelJS.Cell): string | undefined {
  const read = sourceCellOf(cell.value);
  if (read === undefined || read.error) return undefined;
  const text = textOf(read.value);
  return text === "" ? undefined : text;
}

async function load(bytes: Uint8Array): Promise<ExcelJS.Workbook> {
  const workbook = new ExcelJS.Workbook();
  try {
    // exceljs wants a Node Buffer (its JSZip reads both, but the typings ask for Buffer).
    // Validations are not needed to read values, and exceljs expands a whole-column one into a million cells.
    await workbook.xlsx.load(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength) as never, {
      ignoreNodes: ["dataValidations", "conditionalFormatting"],
    });
  } catch {
    throw new ConvertInputError("unknown_format", "The input is not a readable .xlsx workbook");
  }
  return workbook;
}

function leadingRows(sheet: ExcelJS.Worksheet, width: number): (string | undefined)[][] {
  const rows: (string | undefined)[][] = [];
  for (let r = 1; r <= Math.min(HEADER_SEARCH_ROWS, sheet.rowCount); r++) {
    const row = sheet.getRow(r);
    rows.push(Array.from({ length: width }, (_, c) => headerText(row.getCell(c + 1))));
  }
  return rows;
}

function pickSheet(workbook: ExcelJS.Workbook, wanted: string | undefined) {
  const names = workbook.worksheets.map((sheet) => `"${sheet.name}"`).join(", ");
  const candidates = wanted === undefined ? workbook.worksheets : [workbook.getWorksheet(wanted)];
  if (candidates[0] === undefined) {
    throw new ConvertInputError(
      "missing_header_row",
      `The workbook has no sheet "${wanted}" (sheets: ${names})`,
    );
  }
  // Prefer a sheet with a row of field names; a sheet with only labels (the template's validation lists) after.
  const found = candidates.flatMap((sheet) => {
    if (sheet === undefined) return [];
    const width = sheet.columnCount;
    const rows = leadingRows(sheet, width);
    const header = findHeader(rows);
    return header ? [{ sheet, width, rows, header }] : [];
  });
  const best = found.find((entry) => entry.header.byName) ?? found[0];
  if (best === undefined) {
    const where =
      wanted === undefined
        ? `No sheet of the workbook (sheets: ${names}) has a`
        : `The sheet "${wanted}" has no`;
    throw new ConvertInputError(
      "missing_header_row",
      `${where} header row of HTCDS field names or labels in its first ${HEADER_SEARCH_ROWS} rows`,
    );
  }
  return best;
}

/** Options of the workbook reader. */
export interface XlsxTableOptions {
  /** The sheet to read; default: the first sheet with a header row of HTCDS field names (else labels). */
  readonly sheet?: string;
}

/**
 * Reads an HTCDS workbook (the official template or any sheet with HTCDS field names or labels as header) into a
 * source table. Rows are worksheet row numbers; columns are letters. Rows with values only in columns without a
 * header (the template's row counter in column A) are blank.
 */
export async function readXlsxTable(bytes: Uint8Array, options: XlsxTableOptions = {}): Promise<SourceTable> {
  const workbook = await load(bytes);
  const { sheet, width, rows, header } = pickSheet(workbook, options.sheet);
  const headerCells = rows[header.header] ?? [];
  const labelCells = header.labels === undefined ? [] : (rows[header.labels] ?? []);
  const columns: SourceColumn[] = Array.from({ length: width }, (_, c) => {
    const key = sheet.getColumn(c + 1).letter;
    const first = headerCells[c];
    const label = header.byName ? labelCells[c] : first;
    return {
      key,
      ...(header.byName && first !== undefined ? { name: first } : {}),
      ...(label !== undefined ? { label } : {}),
    };
  });
  const firstData = (header.labels ?? header.header) + 2;
  const data: SourceRow[] = [];
  sheet.eachRow({ includeEmpty: false }, (row, rowNumber) => {
    if (rowNumber < firstData) return;
    const cells = new Map<number, SourceCell>();
    let named = false;
    for (let c = 0; c < width; c++) {
      const cell = sourceCellOf(row.getCell(c + 1).value);
      if (cell === undefined) continue;
      cells.set(c, cell);
      named ||= (columns[c]?.name ?? columns[c]?.label) !== undefined;
    }
    // A row with values only in columns without a header (the template's row counter) is blank.
    if (named) data.push({ row: rowNumber, cells });
  });
  return {
    columns,
    labels: true,
    rows: data,
    separator: ";",
    date1904: workbook.properties?.date1904 === true,
  };
}
