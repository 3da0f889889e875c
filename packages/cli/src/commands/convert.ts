import type { Command } from "commander";
import type { CliContext } from "../context.js";
import type { RawConvertOptions } from "../convert/options.js";
import { inputOrPipe } from "../standard-input.js";
import { HELP_VALUES } from "./help-values.js";

/**
 * `tip convert [input] --to tip|htcds|ctdc|csv|glotip [--from ...] [--entity victim] [-o out] [--report file]
 * [--profile id|file] [--lang es]`: a translated shell over `@tip/convert`'s `convert` (see `convert/`). Exit 0
 * when every row converted and every record was written, 1 when anything was invalid, unread or skipped
 * (still converted where possible, and reported), 2 on usage error, unreadable input or unwritable output.
 */
export function registerConvert(program: Command, ctx: CliContext): void {
  const texts = ctx.messages.convert.help;
  const formats = HELP_VALUES.convertFormats.join(", ");
  program
    .command("convert")
    .description(texts.description)
    .argument("[input]", texts.input)
    .option("--from <format>", ctx.messages.format(texts.from, { formats }))
    .option("--to <format>", ctx.messages.format(texts.to, { formats }))
    .option(
      "--entity <type>",
      ctx.messages.format(texts.entity, { entities: HELP_VALUES.flatCsvEntities.join(", ") }),
    )
    .option("-o, --output <file>", texts.output)
    .option("--report <file>", texts.report)
    .option("--encoding <name>", ctx.messages.textInput.encoding)
    .option("--delimiter <char>", ctx.messages.textInput.delimiter)
    .option("--profile <id|file>", ctx.messages.profile.option)
    .option("--lang <lang>", texts.lang)
    .addHelpText("after", `\n${texts.after}`)
    .action(async (input: string | undefined, raw: RawConvertOptions) => {
      const { convertCommand } = await import("../convert/convert-command.js");
      ctx.exitCode = await convertCommand(inputOrPipe(input, ctx), raw, ctx);
    });
}
