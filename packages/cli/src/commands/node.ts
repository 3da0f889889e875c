import type { Command } from "commander";
import type { CliContext } from "../context.js";
import type { RawInboxOptions } from "../node/inbox-command.js";
import type { RawSendOptions } from "../node/send-command.js";
import type { RawServeOptions } from "../node/serve-command.js";
import type { RawStatusOptions } from "../node/status-command.js";
import { collect } from "./seal.js";

/**
 * Registers `tip serve` (this agency's exchange node), `tip send <envelope> --to <node url>` and
 * `tip inbox list|fetch|ack|status` (the client side; `status` posts a status update to the sender's node).
 * Exit codes: see each command's description.
 */
export function registerNode(program: Command, ctx: CliContext): void {
  const texts = ctx.messages.exchange;
  program
    .command("serve")
    .description(texts.serve.description)
    .option("--key <file>", texts.common.key)
    .option("--trust <file>", texts.serve.trust, collect)
    .option("--port <port>", texts.serve.port)
    .option("--host <address>", texts.serve.host)
    .option("--data-dir <folder>", texts.serve.dataDir)
    .option("--database-url <url>", texts.serve.databaseUrl)
    .option("--max-mb <mib>", texts.serve.maxMb)
    .option("--purge-minutes <minutes>", texts.serve.purgeMinutes)
    .option("--lang <lang>", texts.common.lang)
    .action(async (raw: RawServeOptions) => {
      const { serveCommand } = await import("../node/serve-command.js");
      ctx.exitCode = await serveCommand(raw, ctx);
    });

  program
    .command("send")
    .description(texts.send.description)
    .argument("<envelope>", texts.send.envelope)
    .option("--to <url>", texts.send.to)
    .option("--key <file>", texts.common.key)
    .option("--trust <file>", texts.send.trust, collect)
    .option("--receipt <file>", texts.send.receipt)
    .option("--lang <lang>", texts.common.lang)
    .action(async (input: string, raw: RawSendOptions) => {
      const { sendCommand } = await import("../node/send-command.js");
      ctx.exitCode = await sendCommand(input, raw, ctx);
    });

  const inbox = program.command("inbox").description(texts.inbox.description);
  const common = (command: Command) =>
    command
      .option("--from <url>", texts.inbox.from)
      .option("--key <file>", texts.common.key)
      .option("--lang <lang>", texts.common.lang);
  common(
    inbox
      .command("list")
      .description(texts.inbox.listDescription)
      .option("--pending", texts.inbox.pending)
      .option("--after <seq>", texts.inbox.after),
  ).action(async (raw: RawInboxOptions) => {
    const { inboxCommand } = await import("../node/inbox-command.js");
    ctx.exitCode = await inboxCommand("list", undefined, raw, ctx);
  });
  common(
    inbox
      .command("fetch")
      .description(texts.inbox.fetchDescription)
      .argument("<message-id>", texts.inbox.messageId)
      .option("-o, --output <file>", texts.inbox.output),
  ).action(async (id: string, raw: RawInboxOptions) => {
    const { inboxCommand } = await import("../node/inbox-command.js");
    ctx.exitCode = await inboxCommand("fetch", id, raw, ctx);
  });
  common(
    inbox
      .command("ack")
      .description(texts.inbox.ackDescription)
      .argument("<message-id>", texts.inbox.messageId),
  ).action(async (id: string, raw: RawInboxOptions) => {
    const { inboxCommand } = await import("../node/inbox-command.js");
    ctx.exitCode = await inboxCommand("ack", id, raw, ctx);
  });
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
      const { statusCommand } = await import("../node/status-command.js");
      ctx.exitCode = await statusCommand(id, status, raw, ctx);
    });
}
