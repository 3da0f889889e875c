import type { Command } from "commander";
import type { CliContext } from "../context.js";
import type { RawDocsOptions } from "../generators/docs-command.js";
import { addOutputOption } from "../output/output-option.js";

/**
 * `tip docs -o, --output <dir> [--lang en|es|fr|pt|all] [--profile id|file]`: writes the static documentation site of
 * the standard (@tip/site) through the CLI's folder output: all at once or not at all, replacing only a site it
 * wrote before, never into the folder it reads the JSON Schemas from. Built for a national profile when one is
 * given: its page, and on the pages of the model what it changes with the clause behind each change. Exit 0
 * written, 2 usage error, profile unreadable or malformed, or folder not writable.
 */
export function registerDocs(program: Command, ctx: CliContext): void {
  const texts = ctx.messages.generators.docs;
  const command = program.command("docs").description(texts.description);
  addOutputOption(command, "dir", texts.out)
    .option("--lang <langs>", texts.lang)
    .option("--profile <id|file>", ctx.messages.profile.option)
    .action(async (raw: RawDocsOptions) => {
      const { docsCommand } = await import("../generators/docs-command.js");
      ctx.exitCode = await docsCommand(raw, ctx);
    });
}
