import ExcelJS from "exceljs";
import { type Source, toReadable } from "../../io/source.js";

/**
 * The rows of the first sheet of an xlsx workbook as arrays of cell texts, streamed. The one place GLOTIP
 * reads a workbook, so another row reader can take its place in one line. Parts the rows do not need
 * (styles, hyperlinks, drawings, even a drawing the workbook names but lacks, as UNODC's export does) are not
 * read. Gaps are empty cells; a row ends at its last cell; rows without a cell are not rows (as blank CSV lines).
 */
export async function* glotipRows(source: Source): AsyncGenerator<string[], void, undefined> {
  const reader = new ExcelJS.stream.xlsx.WorkbookReader(toReadable(source), {
    worksheets: "emit",
    sharedStrings: "cache",
    hyperlinks: "ignore",
    styles: "ignore",
    entries: "ignore",
  });
  for await (const sheet of reader) {
    for await (const row of sheet as AsyncIterable<ExcelJS.Row>) {
      const values = row.values as readonly unknown[];
      const cells: string[] = [];
      for (let column = 1; column < values.length; column++) cells.push(cellText(values[column]));
      yield cells;
    }
    return; // the first sheet only
  }
}

/** The text of a cell value as exceljs gives it. */
export function cellText(value: unknown): string {
  if (value === null || value === undefined) return "";
  if (typeof value === "string") return value;
  if (typeof value === "number" || typeof value === "boolean") return String(value);
  if (value instanceof Date) return Number.isNaN(value.getTime()) ? "" : value.toISOString();
  if (typeof value === "object") {
    const cell = value as {
      richText?: readonly { text?: unknown }[];
      text?: unknown;
      result?: unknown;
      error?: unknown;
    };
    if (Array.isArray(cell.richText)) return cell.richText.map((part) => cellText(part.text)).join("");
    if ("result" in cell) return cellText(cell.result);
    if (cell.text !== undefined) return cellText(cell.text);
    if (typeof cell.error === "string") return cell.error;
  }
  return "";
}
