// The public surface of @tip/convert/xlsx: everything that writes Excel workbooks. It needs the optional peer
// dependency exceljs (`npm install exceljs`); without it each writer throws XlsxLibraryMissingError, which
// names the package to install. Reading workbooks is in the main entry and needs no library.

export { XLSX_LIBRARY, XlsxLibraryMissingError } from "./io/xlsx/xlsx-library-missing.js";
export { writeGlotipXlsx } from "./standards/glotip/write-glotip.js";
export { writeHtcdsXlsx, type XlsxWriteResult } from "./standards/htcds/write-htcds-xlsx.js";
export { writeXlsformTemplate, type XlsformTemplateOptions } from "./templates/xlsform-template.js";
export {
  writeXlsxTemplate,
  XLSX_TEMPLATE_ROWS,
  XLSX_TEMPLATE_SHEETS,
  type XlsxTemplateOptions,
} from "./templates/xlsx-template.js";
