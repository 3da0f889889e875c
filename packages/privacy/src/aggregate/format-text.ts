import { formatIcu, type LocaleBundle } from "@tip/schema";
import { valueLabel } from "../i18n/labels.js";
import type { PrivacyTexts } from "../i18n/privacy-texts.js";
import { en } from "../locales/en.js";
import type { Derivation, DimensionClassification, UnclassifiedReason } from "./classification.js";
import type { Dimension } from "./dimensions.js";
import { TOTAL } from "./dimensions.js";
import type { StatsCell, StatsTable } from "./table.js";

/** Options of `toStatsText`. */
export interface StatsTextOptions {
  /** This package's texts in the language wanted (`@tip/privacy/locales/es`...); default English. */
  readonly texts?: PrivacyTexts;
  /** @tip/schema's locale bundle of the same language, for labels of sexes, forms and countries. */
  readonly bundle?: LocaleBundle;
}

/** Dimensions on which a person can have several values. */
const MULTI_VALUED: ReadonlySet<Dimension> = new Set(["exploitation", "glotip_form", "stage"]);

/**
 * The table as text for a terminal or a report: a grid for two dimensions (the one with more values down the
 * side), a list otherwise; suppressed cells show `x`. Labels in the language of `texts` / `bundle`.
 */
export function toStatsText(table: StatsTable, options: StatsTextOptions = {}): string {
  const texts = options.texts ?? en;
  const label = (dimension: Dimension, value: string) => valueLabel(dimension, value, texts, options.bundle);
  const show = (cell: StatsCell | undefined) => {
    if (cell === undefined || cell.suppressed || cell.count === null) return texts.table.suppressedMark;
    if (!table.rates || cell.rate === null || cell.rate === undefined)
      return formatIcu(texts.locale, texts.table.count, { count: cell.count });
    return formatIcu(texts.locale, texts.table.rateNote, { count: cell.count, rate: cell.rate });
  };
  const title = `${texts.table.units[table.unit]}: ${table.by.map((dimension) => texts.dimensions[dimension]).join(" × ")}`;
  const body = table.by.length === 2 ? grid(table, label, show) : list(table, label, show);
  const notes = [formatIcu(texts.locale, texts.table.suppressedLegend, { minCell: table.minCell })];
  if (table.rates) notes.push(texts.table.rateLegend);
  const forms = table.by.some((dimension) => dimension === "exploitation" || dimension === "glotip_form");
  if (forms && table.severalForms === "multiple") notes.push(texts.table.multipleFormsNote);
  else if (table.by.some((dimension) => MULTI_VALUED.has(dimension))) notes.push(texts.table.multiCountNote);
  const classification = toClassificationText(table, { texts });
  const tail = classification === "" ? "" : `\n\n${classification.trimEnd()}`;
  return `${title}\n\n${body}\n\n${notes.join("\n")}${tail}\n`;
}

type Label = (dimension: Dimension, value: string) => string;
type Show = (cell: StatsCell | undefined) => string;

function list(table: StatsTable, label: Label, show: Show): string {
  const rows = table.cells.map((cell) => [
    table.by.map((dimension) => label(dimension, cell.values[dimension] ?? TOTAL)).join(" · "),
    show(cell),
  ]);
  const width = Math.max(...rows.map(([name]) => name?.length ?? 0));
  return rows.map(([name, value]) => `${(name ?? "").padEnd(width)}  ${value}`).join("\n");
}

function grid(table: StatsTable, label: Label, show: Show): string {
  const [first, second] = table.by as [Dimension, Dimension];
  const levelsOf = (dimension: Dimension) => [...(table.levels[dimension] ?? []), TOTAL];
  const [down, across] =
    levelsOf(first).length >= levelsOf(second).length ? [first, second] : [second, first];
  const cellAt = (row: string, column: string) =>
    table.cells.find((cell) => cell.values[down] === row && cell.values[across] === column);
  const header = ["", ...levelsOf(across).map((value) => label(across, value))];
  const rows = levelsOf(down).map((row) => [
    label(down, row),
    ...levelsOf(across).map((column) => show(cellAt(row, column))),
  ]);
  const widths = header.map((_, column) =>
    Math.max(...[header, ...rows].map((row) => row[column]?.length ?? 0)),
  );
  const line = (row: readonly string[]) =>
    row
      .map((text, column) =>
        column === 0 ? text.padEnd(widths[0] ?? 0) : text.padStart(widths[column] ?? 0),
      )
      .join("  ");
  return [line(header), ...rows.map(line)].join("\n");
}

/**
 * What each dimension of a table could not classify (counted under Unknown, by reason), derived (by source)
 * and left out, as lines of text in the language of `texts`, with hidden counts shown as `x`: the part of
 * `toStatsText` after the table, for outputs whose columns have no room for it (GLOTIP's). Empty when there
 * is nothing to say.
 */
export function toClassificationText(
  table: StatsTable,
  options: Pick<StatsTextOptions, "texts"> = {},
): string {
  const lines = classificationLines(table, options.texts ?? en);
  return lines.length > 0 ? `${lines.join("\n")}\n` : "";
}

/** Per dimension: who was counted under Unknown and why, which values were derived, who was left out. */
function classificationLines(table: StatsTable, texts: PrivacyTexts): string[] {
  const t = texts.classification;
  const show = (count: number | null) =>
    count === null ? texts.table.suppressedMark : formatIcu(texts.locale, texts.table.count, { count });
  const section = (
    heading: string,
    items: (entry: DimensionClassification) => [string, number | null][],
  ): string[] => {
    const lines = table.by.flatMap((dimension) => {
      const entry = table.classification[dimension];
      const listed = entry === undefined ? [] : items(entry).filter(([, count]) => count !== 0);
      if (listed.length === 0) return [];
      const joined = listed
        .map(([what, count]) => formatIcu(texts.locale, t.item, { count: show(count), what }))
        .join("; ");
      return [formatIcu(texts.locale, t.line, { dimension: texts.dimensions[dimension], items: joined })];
    });
    return lines.length > 0 ? [heading, ...lines] : [];
  };
  return [
    ...section(t.unclassifiedHeading, (entry) =>
      (Object.entries(entry.unclassified) as [UnclassifiedReason, number | null][]).map(([reason, count]) => [
        t.reasons[reason],
        count,
      ]),
    ),
    ...section(t.derivedHeading, (entry) =>
      (Object.entries(entry.derived) as [Derivation, number | null][]).map(([source, count]) => [
        t.derivations[source],
        count,
      ]),
    ),
    ...section(t.outsideHeading, (entry) => [[t.outside, entry.outsideLevels]]),
  ];
}
