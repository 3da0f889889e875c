// The workbook reader: one place where .xlsx files are read, within limits, as a stream.
export { columnLetters } from "./column-letters.js";
export { readXlsxRows, type XlsxReadOptions, type XlsxRowsOptions, XlsxWorkbook } from "./read-xlsx-rows.js";
export {
  DEFAULT_XLSX_CAPS,
  type XlsxCaps,
  type XlsxFault,
  XlsxLimitError,
  type XlsxPlace,
  XlsxReadError,
} from "./xlsx-caps.js";
export { type XlsxCell, type XlsxRow, type XlsxValue, xlsxRowText, xlsxText } from "./xlsx-cell.js";
export type { XlsxSource } from "./zip-archive.js";
