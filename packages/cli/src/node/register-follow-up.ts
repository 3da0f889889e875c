import type { Command } from "commander";
import { collect } from "../commands/seal.js";
import type { CliContext } from "../context.js";
import type { RawReceiptOptions } from "./receipt-command.js";
import type { RawStatusOptions } from "./status-command.js";

/**
 * Registers what follows a sending: `tip receipt verify <receipt>` (a signed receipt kept as a file) and
 * `tip inbox status <message-id> <status>` (a status update posted to the sender's node). Registered after
 * `tip inbox`, which it extends. Each command loads its implementation (and @tip/exchange) when it runs.
 */
export function registerFollowUp(program: Command, ctx: CliContext): void {
  const texts = ctx.messages.exchange;
  const receipt = program.command("receipt").description(texts.receipt.description);
  receipt
    .command("verify")
    .description(texts.receipt.verifyDescription)
    .argument("<receipt>", texts.receipt.file)
    .option("--key <file>", texts.common.key)
    .option("--trust <file>", texts.receipt.trust, collect)
    .option("--envelope <message-id>", texts.receipt.envelope)
    .option("--lang <lang>", texts.common.lang)
    .action(async (input: string, raw: RawReceiptOptions) => {
      const { receiptVerifyCommand } = await import("./receipt-command.js");
      ctx.exitCode = await receiptVerifyCommand(input, raw, ctx);
    });

  const inbox =
    program.commands.find((command) => command.name() === "inbox") ??
    program.command("inbox").description(texts.inbox.description);
  inbox
    .command("status")
    .description(texts.status.description)
    .argument("<message-id>", texts.inbox.messageId)
    .argument("<status>", texts.status.status)
    .option("--referral <id>", texts.status.referral)
    .option("--sender <agency-id>", texts.status.sender)
    .option("--to <url>", texts.status.to)
    .option("--key <file>", texts.common.key)
    .option("--lang <lang>", texts.common.lang)
    .action(async (id: string, status: string, raw: RawStatusOptions) => {
      const { statusCommand } = await import("./status-command.js");
      ctx.exitCode = await statusCommand(id, status, raw, ctx);
    });
}
