import { DERIVATIONS, UNCLASSIFIED_REASONS } from "./classification.js";
import type { Dimension } from "./dimensions.js";
import { TOTAL, UNKNOWN } from "./dimensions.js";
import type { StatsTable } from "./table.js";

function csvField(text: string): string {
  return /[",\n\r]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** What a row of the CSV counts: a cell of the table, or persons a dimension could not classify and so on. */
export const STATS_CSV_ROW_TYPES = ["cell", "unclassified", "derived", "outside_levels"] as const;

/** What a row of the CSV counts. */
export type StatsCsvRowType = (typeof STATS_CSV_ROW_TYPES)[number];

/**
 * The table as CSV, one figure per row, all rows of the same columns: one per dimension (codes, `total` in
 * margins), `count` (empty when suppressed), `suppressed` (`true` / `false`), with a population `rate`, then
 * `row_type`, `dimension` and `reason`. The cells come first (`row_type` `cell`, the last two columns empty).
 * Then, per dimension, what it could not classify and what it derived, counted over the table's persons and
 * protected like cells:
 * - `unclassified`: persons counted under `unknown` on `dimension`, one row per `reason` (`not_recorded`,
 *   `recorded_unknown`...); that dimension's column says `unknown`, the others `total`, so the rows of a
 *   dimension add up to its `unknown` margin. A dimension without such rows classified everyone.
 * - `derived`: persons whose value on `dimension` was derived, by source in `reason` (`from_gender`...); every
 *   dimension column says `total`.
 * - `outside_levels`: persons left out of the table because none of their values on `dimension` is among its
 *   levels (perpetrators who reached no stage shown); the dimension columns are empty. Only when there are some.
 * Filter on `row_type` = `cell` to read the table alone.
 */
export function toStatsCsv(table: StatsTable): string {
  const header = [
    ...table.by,
    "count",
    "suppressed",
    ...(table.rates ? ["rate"] : []),
    "row_type",
    "dimension",
    "reason",
  ];
  const figure = (count: number | null) => [
    count === null ? "" : String(count),
    String(count === null),
    ...(table.rates ? [""] : []),
  ];
  const rows = table.cells.map((cell) => [
    ...table.by.map((dimension) => cell.values[dimension] ?? ""),
    cell.count === null ? "" : String(cell.count),
    String(cell.suppressed),
    ...(table.rates ? [cell.rate === null || cell.rate === undefined ? "" : String(cell.rate)] : []),
    "cell",
    "",
    "",
  ]);
  const values = (fill: (dimension: Dimension) => string) => table.by.map(fill);
  for (const dimension of table.by) {
    const entry = table.classification[dimension];
    if (entry === undefined) continue;
    const unknownOn = values((other) => (other === dimension ? UNKNOWN : TOTAL));
    // In the lists' order, whatever the counts, so that tables of different files line up.
    for (const reason of UNCLASSIFIED_REASONS) {
      const count = entry.unclassified[reason];
      if (count !== undefined) rows.push([...unknownOn, ...figure(count), "unclassified", dimension, reason]);
    }
    const all = values(() => TOTAL);
    for (const source of DERIVATIONS) {
      const count = entry.derived[source];
      if (count !== undefined) rows.push([...all, ...figure(count), "derived", dimension, source]);
    }
    if (entry.outsideLevels !== 0)
      rows.push([...values(() => ""), ...figure(entry.outsideLevels), "outside_levels", dimension, ""]);
  }
  return `${[header, ...rows].map((row) => row.map(csvField).join(",")).join("\n")}\n`;
}
