import { type AssetTable, type Figure, type OperationTable, ProsecutionTally } from "@tip/privacy";
import type { CliContext } from "../context.js";
import { EXIT_CODES } from "../exit-codes.js";
import { messagesFor } from "../messages/messages.js";
import { localeTexts } from "../privacy/locale-bundles.js";
import { UsageErrors } from "../privacy/options.js";
import { leftOutNotes } from "../privacy/read-input.js";
import { openPrivacyInput, runPass } from "../privacy/run-pass.js";
import { writeErrors, writeLines, writeUsageErrors } from "../write-error.js";
import type { RawStatsOptions } from "./options.js";

/** The tables of prosecution records `tip stats --unit` can print. */
export const PROSECUTION_UNITS = ["operations", "assets"] as const;
const FORMATS = ["text", "csv", "json"] as const;

/** Whether `--unit` asks for a table of prosecution records rather than of persons. */
export function isProsecutionUnit(unit: string | undefined): unit is (typeof PROSECUTION_UNITS)[number] {
  return (PROSECUTION_UNITS as readonly (string | undefined)[]).includes(unit);
}

const cell = (figure: Figure): string => (figure.value === null ? "" : String(figure.value));

function csvOf(unit: string, operations: OperationTable, assets: AssetTable): string {
  if (unit === "operations") {
    const rows = operations.rows.map((r) => [r.country, r.year, r.operations, r.arrests, r.victimsRescued]);
    rows.push([
      "total",
      "total",
      operations.total.operations,
      operations.total.arrests,
      operations.total.victimsRescued,
    ]);
    const header =
      "country,year,operations,operations_suppressed,arrests,arrests_suppressed,victims_rescued,victims_rescued_suppressed";
    const body = rows.map(([country, year, ...figures]) =>
      [country, year, ...(figures as Figure[]).flatMap((f) => [cell(f), String(f.suppressed)])].join(","),
    );
    return `${[header, ...body].join("\n")}\n`;
  }
  const header = "source,action,currency,actions,actions_suppressed,total_value,total_value_suppressed";
  const body = assets.rows.map((r) =>
    [
      r.source,
      r.action,
      r.currency,
      cell(r.actions),
      r.actions.suppressed,
      cell(r.totalValue),
      r.totalValue.suppressed,
    ].join(","),
  );
  body.push(
    ["total", "total", "total", cell(assets.totalActions), assets.totalActions.suppressed, "", false].join(
      ",",
    ),
  );
  return `${[header, ...body].join("\n")}\n`;
}

/**
 * `tip stats --unit operations|assets [--min-cell 5] [--format text|csv|json]`: operations by country and year
 * (count, arrests, victims rescued) or actions on assets by source, action and currency (count and total
 * value), with figures of 1 to minCell - 1 withheld and one more so a hidden one cannot be recomputed.
 * Exit 0 done, 1 done but input left out, 2 usage error or unreadable input.
 */
export async function prosecutionStatsCommand(
  input: string,
  raw: RawStatsOptions,
  ctx: CliContext,
): Promise<number> {
  const errors = new UsageErrors(ctx);
  const format = raw.format ?? "text";
  if (!(FORMATS as readonly string[]).includes(format)) errors.badChoice("--format", format, FORMATS);
  for (const [option, value] of [
    ["--by", raw.by],
    ["--preset", raw.preset],
    ["--population", raw.population],
    ["--several-forms", raw.severalForms],
  ] as const) {
    if (value !== undefined)
      errors.add(ctx.messages.privacy.errors.optionNotForUnit, { option, unit: raw.unit ?? "" });
  }
  const minCell = errors.count("--min-cell", raw.minCell, 5, 1);
  const lang = errors.lang(raw.lang);
  if (errors.list.length > 0) {
    return writeUsageErrors(ctx.io, ctx.messages, errors.list, "tip stats");
  }
  const messages = await messagesFor(lang);
  const texts = messages.privacy;
  const source = await openPrivacyInput(input, ctx.io, 1, messages);
  if (typeof source === "string") {
    writeErrors(ctx.io, messages, [source]);
    return EXIT_CODES.usage;
  }
  const tally = new ProsecutionTally();
  let used = 0;
  const read = await runPass(
    source,
    input,
    ({ value }) => {
      tally.add(value);
      used++;
    },
    messages,
  ).finally(() => source.close());
  if (!read.ok) {
    writeErrors(ctx.io, messages, [read.error]);
    return EXIT_CODES.usage;
  }
  const operations = tally.operations({ minCell });
  const assets = tally.assets({ minCell });
  const unit = raw.unit as string;
  if (format === "json")
    ctx.io.stdout.write(`${JSON.stringify(unit === "operations" ? operations : assets, null, 2)}\n`);
  else if (format === "csv") ctx.io.stdout.write(csvOf(unit, operations, assets));
  else {
    const { operationsText, assetsText } = await import("@tip/privacy");
    const { bundle, texts: tableTexts } = await localeTexts(lang);
    ctx.io.stdout.write(
      unit === "operations"
        ? operationsText(operations, tableTexts, bundle)
        : assetsText(assets, tableTexts, bundle),
    );
  }
  const { pass } = read;
  // A total value left empty is a figure the table could not give: said, and the run is not a clean one.
  const tooLarge = unit === "assets" ? assets.valuesTooLarge : 0;
  writeLines(ctx.io.stderr, [
    messages.format(texts.common.used, { read: pass.read, used, leftOut: pass.leftOutCount }),
    ...leftOutNotes(pass, messages),
    ...(tooLarge > 0 ? [messages.format(texts.common.valuesTooLarge, { count: tooLarge })] : []),
  ]);
  return pass.leftOutCount > 0 || tooLarge > 0 ? EXIT_CODES.invalid : EXIT_CODES.ok;
}
