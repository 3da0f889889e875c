/** The cell of an empty list, told apart from an empty cell (no value). */
export const EMPTY_LIST = "[]";

const NEEDS_ESCAPE = /[\\;]/;

/**
 * Joins the items of a list into one cell with `;`. Backslashes and semicolons inside an item are escaped
 * (`\\`, `\;`) so any item survives; code lists never contain either, so their cells stay plain
 * (`debt_bondage;threats`). An empty list is `[]`; a list holding just the text `[]` is written `\[]`.
 */
export function joinList(items: readonly string[]): string {
  if (items.length === 0) return EMPTY_LIST;
  const cell = items
    .map((item) => (NEEDS_ESCAPE.test(item) ? item.replaceAll("\\", "\\\\").replaceAll(";", "\\;") : item))
    .join(";");
  return cell === EMPTY_LIST ? "\\[]" : cell;
}

/** Splits a cell written by `joinList` back into its items. */
export function splitList(cell: string): string[] {
  if (cell === EMPTY_LIST) return [];
  if (!cell.includes("\\")) return cell.split(";");
  const items: string[] = [];
  let current = "";
  for (let index = 0; index < cell.length; index++) {
    const char = cell[index] as string;
    if (char === "\\" && index + 1 < cell.length) current += cell[++index];
    else if (char === ";") {
      items.push(current);
      current = "";
    } else current += char;
  }
  items.push(current);
  return items;
}
