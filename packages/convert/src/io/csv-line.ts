import { stringify } from "csv-stringify/sync";
import { neutraliseFormula } from "./formula-injection.js";

/**
 * One CSV line (with its `\n`) from cells, each neutralised against formula injection and quoted by
 * csv-stringify where needed (commas, quotes, line breaks).
 */
export function csvLine(cells: readonly string[]): string {
  return stringify([cells.map(neutraliseFormula)]);
}
