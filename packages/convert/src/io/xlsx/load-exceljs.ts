import type ExcelJS from "exceljs";
import { XLSX_LIBRARY, XlsxLibraryMissingError } from "./xlsx-library-missing.js";

/** What `import("exceljs")` resolves to. */
type ExcelJsModule = { default: typeof ExcelJS };

/**
 * exceljs, loaded on first use: it is an optional peer dependency (about 170 packages installed with it), and
 * programs that never write a workbook (most conversions, and every `tip` command's start-up) should neither
 * install nor load it. Throws `XlsxLibraryMissingError` when it is not installed. `load` is for tests.
 */
export async function loadExcelJs(
  load: () => Promise<ExcelJsModule> = () => import("exceljs") as Promise<ExcelJsModule>,
): Promise<typeof ExcelJS> {
  try {
    return (await load()).default;
  } catch (error) {
    if (isMissing(error)) throw new XlsxLibraryMissingError({ cause: error });
    throw error;
  }
}

/**
 * Node's "not found" for exceljs itself (ES modules: `ERR_MODULE_NOT_FOUND`, CommonJS: `MODULE_NOT_FOUND`),
 * not for a package exceljs needs: that is a broken install, reported as it is.
 */
function isMissing(error: unknown): boolean {
  const { code, message } = (error ?? {}) as { code?: unknown; message?: unknown };
  return (
    (code === "ERR_MODULE_NOT_FOUND" || code === "MODULE_NOT_FOUND") &&
    typeof message === "string" &&
    (message.includes(`'${XLSX_LIBRARY.name}'`) || message.includes(`"${XLSX_LIBRARY.name}"`))
  );
}
