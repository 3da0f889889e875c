import type ExcelJS from "exceljs";

/**
 * exceljs, loaded on first use: it is the heaviest dependency (about 150 modules), and programs that never write
 * a workbook (most conversions, and every `tip` command's start-up) should not pay for loading it.
 */
export async function loadExcelJs(): Promise<typeof ExcelJS> {
  return (await import("exceljs")).default;
}
