import type { Command } from "commander";
import type { CliContext } from "../context.js";
import type { RawSchemaOptions } from "../generators/schema-command.js";
import { addOutputOption } from "../output/output-option.js";

/**
 * `tip schema [-o, --output dir] [--profile id|file]`: writes the JSON Schema of every record type, exactly as
 * @tip/schema publishes them, or as records are under a national profile (`toProfileJsonSchemas`). Exit 0
 * written, 2 profile unreadable or malformed, or folder not writable.
 */
export function registerSchema(program: Command, ctx: CliContext): void {
  const texts = ctx.messages.generators.schema;
  const command = program.command("schema").description(texts.description);
  addOutputOption(command, "dir", texts.out)
    .option("--profile <id|file>", ctx.messages.profile.option)
    .action(async (raw: RawSchemaOptions) => {
      const { schemaCommand } = await import("../generators/schema-command.js");
      ctx.exitCode = await schemaCommand(raw, ctx);
    });
}
