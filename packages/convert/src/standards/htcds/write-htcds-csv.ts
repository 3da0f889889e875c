import type { TipRecord } from "@tip/schema";
import { csvLine } from "../../io/csv-line.js";
import type { WriteResult } from "../../report/conversion-stream.js";
import { encodeCode } from "./htcds-codes.js";
import { STANDARD_COLUMNS } from "./htcds-columns.js";
import { htcdsRows } from "./htcds-rows.js";
import type { WriteCell } from "./row-cells.js";

/** A cell as HTCDS CSV text: picklist value names joined by `;`, booleans `TRUE` / `FALSE`, ISO dates. */
export function csvText(cell: WriteCell | undefined): string {
  if (cell === undefined) return "";
  if (cell.raw !== undefined) return cell.raw;
  if (cell.codes !== undefined) {
    const list = cell.slot?.codeList;
    return cell.codes.map((code) => (list === undefined ? code : (encodeCode(list, code) ?? code))).join(";");
  }
  if (typeof cell.value === "boolean") return cell.value ? "TRUE" : "FALSE";
  return cell.value === undefined ? "" : String(cell.value);
}

/**
 * Writes canonical records as HTCDS CSV: one row per victim (with its case, the case's first reporting agency as
 * `org_`, one perpetrator and one referral), a header of HTCDS field names in the standard's table order (every
 * field the model can fill, then `extensions.htcds` keys), picklists as HTCDS value names joined by `;`. Cells
 * starting with `=`, `+`, `-`, `@`, tab or CR get a leading apostrophe (formula injection); `readHtcds` removes
 * it. The report says which canonical fields HTCDS could not carry.
 */
export function writeHtcdsCsv(records: readonly TipRecord[]): WriteResult {
  const { rows, report } = htcdsRows(records, "htcds-csv");
  const columns = STANDARD_COLUMNS.map((column) => column.name);
  const standard = new Set(columns);
  for (const row of rows)
    for (const key of row.keys()) if (!standard.has(key) && !columns.includes(key)) columns.push(key);
  let text = csvLine(columns);
  for (const row of rows) text += csvLine(columns.map((column) => csvText(row.get(column))));
  return { text, report: report.build() };
}
