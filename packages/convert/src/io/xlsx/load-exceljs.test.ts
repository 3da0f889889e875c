import { describe, expect, it } from "vitest";
import { loadExcelJs } from "./load-exceljs.js";
import { XlsxLibraryMissingError } from "./xlsx-library-missing.js";

/** An error as Node's loaders make it (the messages are Node 20's). */
const notFound = (code: string, message: string) => Object.assign(new Error(message), { code });

describe("loadExcelJs", () => {
  it("loads exceljs when it is installed", async () => {
    const ExcelJS = await loadExcelJs();
    expect(typeof new ExcelJS.Workbook().addWorksheet).toBe("function");
  });

  it.each([
    ["ERR_MODULE_NOT_FOUND", "Cannot find package 'exceljs' imported from /app/node_modules/x/dist/a.js"],
    ["MODULE_NOT_FOUND", "Cannot find module 'exceljs'\nRequire stack:\n- /app/node_modules/x/dist/a.cjs"],
  ])("says which package to install when exceljs is missing (%s)", async (code, message) => {
    const failing = loadExcelJs(() => Promise.reject(notFound(code, message)));
    await expect(failing).rejects.toBeInstanceOf(XlsxLibraryMissingError);
    const error = (await failing.catch((caught: unknown) => caught)) as XlsxLibraryMissingError;
    expect(error.code).toBe("xlsx_library_missing");
    expect(error.message).toBe(
      "Writing Excel (.xlsx) files needs the optional package exceljs, which is not installed: npm install exceljs@^4.4.0",
    );
    for (const locale of ["es", "fr", "pt"] as const) {
      expect(error.messageIn(locale)).toContain("npm install exceljs@^4.4.0");
      expect(error.messageIn(locale)).not.toBe(error.message);
    }
  });

  it("reports a package exceljs itself lacks as it is: a broken install, not a missing option", async () => {
    const broken = notFound(
      "ERR_MODULE_NOT_FOUND",
      "Cannot find package 'archiver' imported from /app/exceljs.js",
    );
    await expect(loadExcelJs(() => Promise.reject(broken))).rejects.toBe(broken);
  });
});
