import type { Command } from "commander";
import type { CliContext } from "../context.js";
import type { RawValidateOptions } from "../validate/options.js";
import { wrap } from "../wrap.js";
import { HELP_VALUES } from "./help-values.js";

/**
 * Registers `tip validate [file...]`: checks NDJSON, JSON bundle or CSV files (or patterns, or standard input)
 * against the model and reports counts and issues (text or one JSON document); the work is `@tip/validate`'s. Exit 0 all valid, 1 invalid data, 2 usage error or
 * unreadable input.
 */
export function registerValidate(program: Command, ctx: CliContext): void {
  const texts = ctx.messages.validate;
  program
    .command("validate")
    .description(texts.description)
    .argument("[file...]", texts.files)
    .option("--format <format>", texts.format)
    .option("-o, --output <file>", texts.output)
    .option("--severity <level>", texts.severity)
    .option("--valid-only <file>", texts.validOnly)
    .option("--lang <lang>", texts.lang)
    .option("--max-issues <n>", ctx.messages.format(texts.maxIssues, { default: HELP_VALUES.maxIssues }))
    .option("--input-format <format>", texts.inputFormat)
    .option("--workers <n>", texts.workers)
    .option(
      "--record-type <type>",
      ctx.messages.format(texts.recordType, { choices: HELP_VALUES.csvRecordTypes.join(", ") }),
    )
    .option("--encoding <name>", ctx.messages.textInput.encoding)
    .option("--delimiter <char>", ctx.messages.textInput.delimiter)
    .option("--profile <id|file>", ctx.messages.profile.option)
    .addHelpText("after", () => `\n${wrap(texts.environment, ctx.io.stdout.columns ?? 80)}`)
    .action(async (files: string[], raw: RawValidateOptions) => {
      const { validateCommand } = await import("../validate/validate-command.js");
      ctx.exitCode = await validateCommand(files, raw, ctx);
    });
}
