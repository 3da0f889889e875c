import type { Command } from "commander";
import type { CliContext } from "../context.js";
import type { RawSealOptions } from "../exchange/seal-command.js";
import { HELP_VALUES } from "./help-values.js";

/** Collects a repeated option's values. */
export const collect = (value: string, previous: readonly string[] = []): string[] => [...previous, value];

/**
 * Registers `tip seal <bundle> --key <private> --to <public jwks>… --purpose … --agreement … --retention …
 * -o <envelope>`: the bundle signed by this agency and encrypted for the recipients, after the consent / TLP
 * export gate. Exit 0 sealed, 1 the bundle may not be sent as it is, 2 usage error or unreadable input.
 */
export function registerSeal(program: Command, ctx: CliContext): void {
  const texts = ctx.messages.exchange;
  program
    .command("seal")
    .description(texts.seal.description)
    .argument("<bundle>", texts.seal.bundle)
    .option("--key <file>", texts.common.key)
    .option("--to <file>", texts.seal.to, collect)
    .option(
      "--purpose <purpose>",
      ctx.messages.format(texts.seal.purpose, { choices: HELP_VALUES.consentPurposes.join(", ") }),
    )
    .option("--agreement <reference>", texts.seal.agreement)
    .option("--retention <duration>", texts.seal.retention)
    .option("--expires-in <days>", texts.seal.expiresIn)
    .option("--in-reply-to <message-id>", texts.seal.inReplyTo)
    .option("--mark <record=tlp>", texts.seal.mark, collect)
    .option("-o, --output <file>", texts.seal.output)
    .option("--lang <lang>", texts.common.lang)
    .action(async (input: string, raw: RawSealOptions) => {
      const { sealCommand } = await import("../exchange/seal-command.js");
      ctx.exitCode = await sealCommand(input, raw, ctx);
    });
}
