import type ExcelJS from "exceljs";
import type { SourceCell } from "./source-table.js";

/**
 * Reads one exceljs cell value; `undefined` for an empty cell. For the template the writer fills (loaded with
 * exceljs); workbooks to convert are read by the capped reader in `io/xlsx`.
 */
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
