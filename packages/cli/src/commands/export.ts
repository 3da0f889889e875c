import type { Command } from "commander";
import type { CliContext } from "../context.js";
import type { RawExportOptions } from "../export/options.js";
import { inputOrPipe, missingInput } from "../standard-input.js";
import { HELP_VALUES } from "./help-values.js";

/**
 * Registers `tip export --to <agency-id> --purpose <purpose> [input|-] -o out`: keeps only the records the
 * person's consent and the TLP marking allow to send. Exit 0 all may be sent, 1 some withheld (each named by id
 * on stderr), 2 usage error or unreadable input.
 */
export function registerExport(program: Command, ctx: CliContext): void {
  const texts = ctx.messages.privacy;
  program
    .command("export")
    .description(texts.export.description)
    .argument("[input]", texts.export.input)
    .option("--to <agency-id>", texts.export.to)
    .option(
      "--purpose <purpose>",
      ctx.messages.format(texts.export.purpose, { choices: HELP_VALUES.consentPurposes.join(", ") }),
    )
    .option("-o, --output <file>", texts.common.output)
    .option("--on <date>", texts.export.on)
    .option("--recipient-country <code>", texts.export.recipientCountry)
    .option("--lang <lang>", texts.common.lang)
    .action(async (given: string | undefined, raw: RawExportOptions) => {
      const input = inputOrPipe(given, ctx);
      if (input === undefined) {
        ctx.exitCode = missingInput("tip export", ctx);
        return;
      }
      const { exportCommand } = await import("../export/export-command.js");
      ctx.exitCode = await exportCommand(input, raw, ctx);
    });
}
