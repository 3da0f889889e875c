import { formatIcu, type LocaleBundle } from "@tip/schema";
import type { PrivacyTexts } from "../../i18n/privacy-texts.js";
import type { AssetTable, OperationTable } from "./prosecution-stats.js";
import type { Figure } from "./suppress-measure.js";

type Cell = string;

function figure(value: Figure, texts: PrivacyTexts): Cell {
  if (value.suppressed) return texts.table.suppressedMark;
  if (value.value === null) return "";
  return formatIcu(texts.locale, texts.table.count, { count: value.value });
}

function layout(title: string, header: readonly Cell[], rows: readonly Cell[][], legend: string): string {
  const widths = header.map((cell, index) =>
    Math.max(cell.length, ...rows.map((row) => (row[index] ?? "").length)),
  );
  const line = (cells: readonly Cell[]) =>
    cells
      .map((cell, index) =>
        index === 0 ? cell.padEnd(widths[index] ?? 0) : cell.padStart(widths[index] ?? 0),
      )
      .join("  ");
  return [title, line(header), ...rows.map(line), legend, ""].join("\n");
}

/** The operations table as aligned text in one language: country and year names, counts, the suppression mark. */
export function operationsText(table: OperationTable, texts: PrivacyTexts, bundle: LocaleBundle): string {
  const c = texts.prosecution.columns;
  const name = (country: string) =>
    country === "unknown"
      ? texts.prosecution.unknown
      : (bundle.codes.country[country as "TT"]?.label ?? country);
  const rows = table.rows.map((row) => [
    name(row.country),
    row.year === "unknown" ? texts.prosecution.unknown : row.year,
    figure(row.operations, texts),
    figure(row.arrests, texts),
    figure(row.victimsRescued, texts),
  ]);
  rows.push([
    texts.prosecution.total,
    "",
    ...[table.total.operations, table.total.arrests, table.total.victimsRescued].map((f) => figure(f, texts)),
  ]);
  const legend = formatIcu(texts.locale, texts.table.suppressedLegend, { minCell: table.minCell });
  return layout(
    texts.prosecution.operationsTitle,
    [c.country, c.year, c.operations, c.arrests, c.victimsRescued],
    rows,
    legend,
  );
}

/** The assets table as aligned text in one language. */
export function assetsText(table: AssetTable, texts: PrivacyTexts, bundle: LocaleBundle): string {
  const c = texts.prosecution.columns;
  const rows = table.rows.map((row) => [
    texts.prosecution.sources[row.source as keyof PrivacyTexts["prosecution"]["sources"]] ?? row.source,
    bundle.codes.asset_action[row.action as "frozen"]?.label ?? row.action,
    row.currency === "unknown" ? texts.prosecution.unknown : row.currency,
    figure(row.actions, texts),
    figure(row.totalValue, texts),
  ]);
  rows.push([texts.prosecution.total, "", "", figure(table.totalActions, texts), ""]);
  const legend = formatIcu(texts.locale, texts.table.suppressedLegend, { minCell: table.minCell });
  return layout(
    texts.prosecution.assetsTitle,
    [c.source, c.action, c.currency, c.actions, c.totalValue],
    rows,
    legend,
  );
}
