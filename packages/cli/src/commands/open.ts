import type { Command } from "commander";
import type { CliContext } from "../context.js";
import type { RawOpenOptions } from "../exchange/open-command.js";
import { collect } from "./seal.js";

/**
 * Registers `tip open <envelope> --key <private> --trust <directory or jwks>… -o <bundle>`: decrypts, verifies
 * and validates an envelope sent to this agency. Exit 0 opened and valid, 1 opened but the bundle has invalid
 * records, 2 refused, usage error or unreadable input.
 */
export function registerOpen(program: Command, ctx: CliContext): void {
  const texts = ctx.messages.exchange;
  program
    .command("open")
    .description(texts.open.description)
    .argument("<envelope>", texts.open.envelope)
    .option("--key <file>", texts.common.key)
    .option("--trust <file>", texts.open.trust, collect)
    .option("--seen <file>", texts.open.seen)
    .option("-o, --output <file>", texts.open.output)
    .option("--receipt <file>", texts.open.receipt)
    .option("--lang <lang>", texts.common.lang)
    .action(async (input: string, raw: RawOpenOptions) => {
      const { openCommand } = await import("../exchange/open-command.js");
      ctx.exitCode = await openCommand(input, raw, ctx);
    });
}
