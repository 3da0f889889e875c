import { randomUUID } from "node:crypto";
import { writeGlotipCsv } from "@tip/convert";
import {
  Aggregator,
  PopulationError,
  type PopulationRow,
  type StatsTable,
  toClassificationText,
  toGlotipFigures,
  toStatsCsv,
  toStatsJson,
  toStatsText,
} from "@tip/privacy";
import type { CliContext } from "../context.js";
import { EXIT_CODES } from "../exit-codes.js";
import { messagesFor } from "../messages/messages.js";
import { localeTexts } from "../privacy/locale-bundles.js";
import { leftOutNotes } from "../privacy/read-input.js";
import { openPrivacyInput, runPass } from "../privacy/run-pass.js";
import { reasonOf } from "../validate/read-error.js";
import { writeErrors, writeLines, writeUsageErrors } from "../write-error.js";
import { parseStatsOptions, type RawStatsOptions, type StatsCliOptions } from "./options.js";
import { PopulationFileError, readPopulation } from "./population-file.js";

/**
 * The action of `tip stats`: counts with @tip/privacy's `Aggregator` as the input is read (primary and
 * secondary suppression, rates when a population is given, `--several-forms`) and prints the table as text,
 * CSV, JSON or GLOTIP's export columns on stdout. Exit 0 done, 1 done but input left out, 2 usage error or
 * unreadable input.
 */
export async function statsCommand(input: string, raw: RawStatsOptions, ctx: CliContext): Promise<number> {
  const parsed = parseStatsOptions(raw, ctx);
  if (!parsed.ok) {
    return writeUsageErrors(ctx.io, ctx.messages, parsed.errors, "tip stats");
  }
  const { options } = parsed;
  const messages = await messagesFor(options.lang);
  const texts = messages.privacy;
  const population = await populationOf(options, ctx);
  if (typeof population === "string") {
    writeErrors(ctx.io, messages, [population]);
    return EXIT_CODES.usage;
  }
  let aggregator: Aggregator;
  try {
    aggregator = new Aggregator({
      ...options.table,
      minCell: options.minCell,
      population,
      severalForms: options.severalForms,
    });
  } catch (error) {
    // The population does not fit the table (it varies by year and the table is not by year).
    if (!(error instanceof PopulationError)) throw error;
    const reason = messages.format(texts.errors.populationVaries, { key: error.key ?? "" });
    writeErrors(ctx.io, messages, [
      messages.format(texts.errors.badPopulation, { file: options.population ?? "", reason }),
    ]);
    return EXIT_CODES.usage;
  }
  const source = await openPrivacyInput(input, ctx.io, 1, messages);
  if (typeof source === "string") {
    writeErrors(ctx.io, messages, [source]);
    return EXIT_CODES.usage;
  }
  let used = 0;
  const read = await runPass(
    source,
    input,
    ({ value, place }, pass) => {
      // A record that cannot be read as data is passed over by the aggregator, and left out here.
      if (aggregator.add(value) === undefined) used++;
      else pass.leaveOut(place, "failed");
    },
    messages,
  ).finally(() => source.close());
  if (!read.ok) {
    writeErrors(ctx.io, messages, [read.error]);
    return EXIT_CODES.usage;
  }
  const { pass } = read;
  const table = aggregator.table();
  if (options.format === "glotip") {
    // GLOTIP's columns, written by @tip/convert from the table's figures as aggregate records.
    const figures = toGlotipFigures(table, randomUUID);
    ctx.io.stdout.write(writeGlotipCsv(figures.records).text);
    if (figures.cellsLeftOut > 0)
      ctx.io.stderr.write(
        `${messages.format(texts.stats.glotipCellsLeftOut, { count: figures.cellsLeftOut })}\n`,
      );
    // GLOTIP's columns have no room for why persons are Unknown: said beside the figures, as the text table does.
    const { texts: tableTexts } = await localeTexts(options.lang);
    ctx.io.stderr.write(toClassificationText(table, { texts: tableTexts }));
  } else ctx.io.stdout.write(await render(table, options));
  const notes = leftOutNotes(pass, messages);
  writeLines(ctx.io.stderr, [
    messages.format(texts.common.used, { read: pass.read, used, leftOut: pass.leftOutCount }),
    ...notes,
  ]);
  return pass.leftOutCount > 0 ? EXIT_CODES.invalid : EXIT_CODES.ok;
}

async function populationOf(
  options: StatsCliOptions,
  ctx: CliContext,
): Promise<PopulationRow[] | undefined | string> {
  if (options.population === undefined) return undefined;
  const messages = await messagesFor(options.lang);
  const texts = messages.privacy;
  try {
    return await readPopulation(options.population, ctx.io);
  } catch (error) {
    const reason =
      error instanceof PopulationFileError
        ? messages.format(error.template(texts), error.params)
        : reasonOf(error, messages);
    return messages.format(texts.errors.badPopulation, { file: options.population, reason });
  }
}

async function render(table: StatsTable, options: StatsCliOptions): Promise<string> {
  if (options.format === "json") return `${JSON.stringify(toStatsJson(table), null, 2)}\n`;
  if (options.format === "csv") return toStatsCsv(table);
  const { bundle, texts } = await localeTexts(options.lang);
  return toStatsText(table, { texts, bundle });
}
