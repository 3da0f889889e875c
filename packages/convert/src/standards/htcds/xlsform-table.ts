import { ConvertInputError } from "../../io/convert-input-error.js";
import { fieldOfName } from "./htcds-slots.js";
import type { CellValue, SourceCell, SourceColumn, SourceRow, SourceTable } from "./source-table.js";

/** Keys under which ODK / KoboToolbox exports give a submission's own id, most specific first. */
const INSTANCE_ID_KEYS = ["instanceID", "__id", "KEY", "_uuid"];

/**
 * The HTCDS field name inside an XLSForm export key: exports prefix group names (`grp/prs_First_Name` in JSON and
 * Kobo CSV, `grp-prs_First_Name` in ODK Central CSV). `undefined` when no part of the key is an HTCDS field.
 */
function fieldNameIn(key: string): string | undefined {
  if (fieldOfName(key)) return key;
  const last = key.split("/").at(-1) ?? key;
  if (fieldOfName(last)) return last;
  const afterDash = last.split("-").at(-1) ?? last;
  return fieldOfName(afterDash) ? afterDash : undefined;
}

/** A select_multiple choice column (`vic_TypeOfExploitation/ForcedLabour`, 1 or 0): its field and choice. */
function choiceColumn(key: string): { field: string; choice: string } | undefined {
  const parts = key.split("/");
  if (parts.length < 2) return undefined;
  const field = fieldNameIn(parts.slice(0, -1).join("/"));
  const choice = parts.at(-1) as string;
  return field !== undefined && fieldOfName(field)?.slot.many && !fieldOfName(choice)
    ? { field, choice }
    : undefined;
}

const isTicked = (cell: SourceCell | undefined) =>
  cell !== undefined && ["1", "true", "yes"].includes(String(cell.value).trim().toLowerCase());

/**
 * Turns the raw columns and rows of an XLSForm export (ODK, KoboToolbox) into a source table: group prefixes
 * are dropped from field names, one-column-per-choice select_multiple columns are joined into one
 * space-separated value (unless the export also has the joined column), and the submission's instanceID is
 * kept as the row's stable id. Other columns (`start`, `_submission_time`, ...) stay, as columns HTCDS lacks.
 * A key that is empty (a CSV header cell left blank, a cell beyond the header) is a column of its own, without
 * a header, so that its values are reported rather than merged or dropped.
 */
export function xlsformTable(keys: readonly string[], rows: readonly SourceRow[]): SourceTable {
  const columns: SourceColumn[] = [];
  const index = new Map<string, number>();
  const choices: { from: number; to: number; choice: string }[] = [];
  const idColumns = INSTANCE_ID_KEYS.map((id) => keys.findIndex((key) => key.split(/[/-]/).at(-1) === id));
  const present = new Set(keys.map(fieldNameIn).filter((name) => name !== undefined));
  /** Table column of each source column; columns without a header each keep their own. */
  const target: (number | undefined)[] = [];
  keys.forEach((key, from) => {
    if (key === "") {
      target[from] = columns.push({ position: from }) - 1;
      return;
    }
    const choice = choiceColumn(key);
    if (choice && present.has(choice.field)) return;
    const name = choice ? choice.field : (fieldNameIn(key) ?? key);
    let to = index.get(name);
    if (to === undefined) {
      to = columns.push({ name, position: from }) - 1;
      index.set(name, to);
    }
    if (choice) choices.push({ from, to, choice: choice.choice });
    else target[from] = to;
  });
  if (!columns.some((column) => column.name !== undefined && fieldOfName(column.name))) {
    throw new ConvertInputError(
      "missing_header_row",
      "The XLSForm export has no HTCDS field among its columns",
    );
  }
  const table: SourceRow[] = rows.map(({ row, cells }) => {
    const out = new Map<number, SourceCell>();
    const joined = new Map<number, string[]>();
    for (const [from, cell] of cells) {
      const split = choices.find((entry) => entry.from === from);
      if (split) {
        if (isTicked(cell)) joined.set(split.to, [...(joined.get(split.to) ?? []), split.choice]);
        continue;
      }
      const to = target[from];
      if (to !== undefined && !out.has(to)) out.set(to, cell);
    }
    for (const [to, values] of joined) out.set(to, { value: values.join(" ") });
    const idColumn = idColumns.find((column) => column >= 0 && cells.has(column));
    const instanceId = idColumn === undefined ? undefined : String(cells.get(idColumn)?.value);
    return { row, cells: out, ...(instanceId ? { instanceId } : {}) };
  });
  return { columns, rows: table, separator: " ", labels: false };
}

/** A JSON value as a cell; objects and arrays (repeat groups) are kept as JSON text. */
export function jsonCell(value: unknown): SourceCell | undefined {
  if (value === null || value === undefined) return undefined;
  if (typeof value === "string") return value.trim() === "" ? undefined : { value };
  if (typeof value === "number" || typeof value === "boolean") return { value: value as CellValue };
  return { value: JSON.stringify(value) };
}
