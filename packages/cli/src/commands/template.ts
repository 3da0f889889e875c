import type { Command } from "commander";
import type { CliContext } from "../context.js";
import type { RawTemplateOptions } from "../template/template-command.js";

/**
 * `tip template --format xlsform|xlsx [--lang en|es|fr|pt] [--profile id|file] -o <file>`: writes a collection
 * template made from the model (`writeXlsformTemplate` / `writeXlsxTemplate` of @tip/convert/xlsx). Exit 0
 * written, 2 usage error, profile unreadable or malformed, output refused (it is the profile file) or not writable.
 */
export function registerTemplate(program: Command, ctx: CliContext): void {
  const texts = ctx.messages.template;
  program
    .command("template")
    .description(texts.description)
    .option("--format <format>", texts.format)
    .option("--lang <lang>", texts.lang)
    .option("--profile <id|file>", ctx.messages.profile.option)
    .option("-o, --output <file>", texts.output)
    .addHelpText("after", `\n${texts.exitCodes}`)
    .action(async (raw: RawTemplateOptions) => {
      const { templateCommand } = await import("../template/template-command.js");
      ctx.exitCode = await templateCommand(raw, ctx);
    });
}
