import type { Command } from "commander";
import type { RawAnonymizeOptions } from "../anonymize/options.js";
import type { CliContext } from "../context.js";
import { inputOrPipe, missingInput } from "../standard-input.js";
import { HELP_VALUES } from "./help-values.js";

/**
 * Registers `tip anonymize [input|-] --key-file <file> [--k 11] [--quasi a,b,c] [-o out]`: redacts, generalises,
 * makes the kept quasi identifiers k-anonymous and pseudonymises ids with the key; prints what was suppressed.
 * Exit 0 done, 1 done but input left out, 2 usage error or unreadable input. Loaded lazily, so `--help` stays fast.
 */
export function registerAnonymize(program: Command, ctx: CliContext): void {
  const texts = ctx.messages.privacy;
  program
    .command("anonymize")
    .description(texts.anonymize.description)
    .argument("[input]", texts.anonymize.input)
    .option("--key-file <file>", texts.anonymize.keyFile)
    .option("--k <n>", ctx.messages.format(texts.anonymize.k, { default: HELP_VALUES.k }))
    .option(
      "--quasi <fields>",
      ctx.messages.format(texts.anonymize.quasi, { default: HELP_VALUES.quasi.join(",") }),
    )
    .option("-o, --output <file>", texts.common.output)
    .option("--lang <lang>", texts.common.lang)
    .action(async (given: string | undefined, raw: RawAnonymizeOptions) => {
      const input = inputOrPipe(given, ctx);
      if (input === undefined) {
        ctx.exitCode = missingInput("tip anonymize", ctx);
        return;
      }
      const { anonymizeCommand } = await import("../anonymize/anonymize-command.js");
      ctx.exitCode = await anonymizeCommand(input, raw, ctx);
    });
}
