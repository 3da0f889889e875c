import type { Command } from "commander";
import type { CliContext } from "../context.js";
import type { RawReceiptOptions } from "../node/receipt-command.js";
import { collect } from "./seal.js";

/**
 * Registers `tip receipt verify <receipt>`: checks a signed receipt kept as a file against this agency's key and
 * the trusted keys. Loads its implementation (and @tip/exchange) when it runs.
 */
export function registerReceipt(program: Command, ctx: CliContext): void {
  const texts = ctx.messages.exchange;
  program
    .command("receipt")
    .description(texts.receipt.description)
    .command("verify")
    .description(texts.receipt.verifyDescription)
    .argument("<receipt>", texts.receipt.file)
    .option("--key <file>", texts.common.key)
    .option("--trust <file>", texts.receipt.trust, collect)
    .option("--envelope <message-id>", texts.receipt.envelope)
    .option("--lang <lang>", texts.common.lang)
    .action(async (input: string, raw: RawReceiptOptions) => {
      const { receiptVerifyCommand } = await import("../node/receipt-command.js");
      ctx.exitCode = await receiptVerifyCommand(input, raw, ctx);
    });
}
