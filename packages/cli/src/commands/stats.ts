import type { Command } from "commander";
import type { CliContext } from "../context.js";
import { inputOrPipe, missingInput } from "../standard-input.js";
import type { RawStatsOptions } from "../stats/options.js";
import { HELP_VALUES } from "./help-values.js";

/**
 * Registers `tip stats [input|-] --by sex,age_group,exploitation [--min-cell 5] [--preset glotip|glotip-persons|
 * sdg-16-2-2] [--population file] [--format csv|json|text|glotip] [--several-forms each|multiple]`: counts with
 * every margin and cell suppression.
 * Exit 0 done, 1 done but input left out, 2 usage error or unreadable input.
 */
export function registerStats(program: Command, ctx: CliContext): void {
  const texts = ctx.messages.privacy;
  program
    .command("stats")
    .description(texts.stats.description)
    .argument("[input]", texts.stats.input)
    .option(
      "--by <dimensions>",
      ctx.messages.format(texts.stats.by, { choices: HELP_VALUES.dimensions.join(", ") }),
    )
    .option("--min-cell <n>", ctx.messages.format(texts.stats.minCell, { default: HELP_VALUES.minCell }))
    .option(
      "--preset <name>",
      ctx.messages.format(texts.stats.preset, { choices: HELP_VALUES.statsPresets.join(", ") }),
    )
    .option("--population <file>", texts.stats.population)
    .option("--format <format>", texts.stats.format)
    .option("--unit <unit>", texts.stats.unit)
    .option("--several-forms <rule>", texts.stats.severalForms)
    .option("--lang <lang>", texts.common.lang)
    .action(async (given: string | undefined, raw: RawStatsOptions) => {
      const input = inputOrPipe(given, ctx);
      if (input === undefined) {
        ctx.exitCode = missingInput("tip stats", ctx);
        return;
      }
      const { isProsecutionUnit, prosecutionStatsCommand } = await import(
        "../stats/prosecution-stats-command.js"
      );
      if (isProsecutionUnit(raw.unit)) {
        ctx.exitCode = await prosecutionStatsCommand(input, raw, ctx);
        return;
      }
      const { statsCommand } = await import("../stats/stats-command.js");
      ctx.exitCode = await statsCommand(input, raw, ctx);
    });
}
