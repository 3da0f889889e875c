import type { StatsTable } from "./table.js";

function csvField(text: string): string {
  return /[",\n\r]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/**
 * The table as CSV, one cell per row: a column per dimension (codes, `total` in margins), `count` (empty when
 * suppressed), `suppressed` (`true` / `false`) and, with a population, `rate`.
 */
export function toStatsCsv(table: StatsTable): string {
  const header = [...table.by, "count", "suppressed", ...(table.rates ? ["rate"] : [])];
  const rows = table.cells.map((cell) => [
    ...table.by.map((dimension) => cell.values[dimension] ?? ""),
    cell.count === null ? "" : String(cell.count),
    String(cell.suppressed),
    ...(table.rates ? [cell.rate === null || cell.rate === undefined ? "" : String(cell.rate)] : []),
  ]);
  return `${[header, ...rows].map((row) => row.map(csvField).join(",")).join("\n")}\n`;
}
