import type { Command } from "commander";
import type { CliContext } from "../context.js";
import type { RawKeysOptions } from "../exchange/keys-command.js";

/**
 * Registers `tip keys new --agency <id> -o <dir>`: an agency's private key file (mode 0600) and public JWK Set
 * for the secure exchange. Exit 0 written, 2 usage error or keys already there.
 */
export function registerKeys(program: Command, ctx: CliContext): void {
  const texts = ctx.messages.exchange;
  const keys = program.command("keys").description(texts.keys.description);
  keys
    .command("new")
    .description(texts.keys.newDescription)
    .option("--agency <id>", texts.keys.agency)
    .option("--country <code>", texts.keys.country)
    .option("--valid-from <time>", texts.keys.validFrom)
    .option("--valid-until <time>", texts.keys.validUntil)
    .option("-o, --output <dir>", texts.keys.outputDir)
    .option("--lang <lang>", texts.common.lang)
    .action(async (raw: RawKeysOptions) => {
      const { keysNewCommand } = await import("../exchange/keys-command.js");
      ctx.exitCode = await keysNewCommand(raw, ctx);
    });
}
