import { fieldOfName } from "./htcds-slots.js";
import { fieldOfLabel, headerScore } from "./resolve-columns.js";

/** How many leading rows are searched for the header. */
export const HEADER_SEARCH_ROWS = 10;

/** Where the header is: the row of field names (or labels), and the label row under it, if any. */
export interface HeaderRows {
  /** Index (0-based, among the rows given) of the row naming the fields. */
  readonly header: number;
  /** Whether that row holds field names (`prs_FirstName`) rather than labels (`First Name`). */
  readonly byName: boolean;
  /** Index of a row of labels right under a row of field names (the template's row 2), if any. */
  readonly labels?: number;
}

const isNameHeader = (cells: readonly (string | undefined)[]) => headerScore(cells).names >= 2;
const isLabelHeader = (cells: readonly (string | undefined)[]) => headerScore(cells).labels >= 3;

/** Whether a row, under a row of field names, holds those fields' labels (most of its cells fit them). */
function isLabelRow(cells: readonly (string | undefined)[], names: readonly (string | undefined)[]): boolean {
  let filled = 0;
  let fitting = 0;
  cells.forEach((cell, index) => {
    if (cell === undefined || cell.trim() === "") return;
    filled++;
    const name = names[index];
    const field = name === undefined ? undefined : fieldOfName(name);
    const labelled = fieldOfLabel(cell);
    if (field !== undefined && labelled !== undefined) fitting++;
  });
  return fitting >= 2 && fitting >= filled * 0.6;
}

/**
 * Finds the header among the first rows: the first row with at least two HTCDS field names, else the first with
 * at least three HTCDS labels. A row of labels right under a row of names is recognised and is not data.
 * `undefined` when there is no header row (the first row is data, or the sheet is something else).
 */
export function findHeader(rows: readonly (readonly (string | undefined)[])[]): HeaderRows | undefined {
  const searched = rows.slice(0, HEADER_SEARCH_ROWS);
  const byName = searched.findIndex(isNameHeader);
  if (byName >= 0) {
    const next = searched[byName + 1];
    const labelled = next !== undefined && isLabelRow(next, searched[byName] ?? []);
    return { header: byName, byName: true, ...(labelled ? { labels: byName + 1 } : {}) };
  }
  const byLabel = searched.findIndex(isLabelHeader);
  return byLabel >= 0 ? { header: byLabel, byName: false } : undefined;
}
