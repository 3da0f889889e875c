import type { NodeAnswer, NodeClient } from "@tip/exchange-node/client";
import type { CliContext } from "../context.js";
import { readKeyRingFile } from "../exchange/key-files.js";
import { exchangeTexts } from "../exchange/library-texts.js";
import { EXIT_CODES } from "../exit-codes.js";
import { messagesFor } from "../messages/messages.js";
import { writeWholeOutput } from "../output/open-output.js";
import { checkDistinctFiles, readFiles, writtenFile } from "../output/same-file.js";
import { UsageErrors } from "../privacy/options.js";
import { failRun, writeLines, writeUsageErrors } from "../write-error.js";
import {
  describeNodeError,
  messageIdArgument,
  nodeUrl,
  shownUrl,
  unreachableReason,
} from "./node-answers.js";

/** The options of `tip inbox list|fetch|ack` as commander hands them over. */
export interface RawInboxOptions {
  readonly from?: string;
  readonly key?: string;
  readonly pending?: boolean;
  readonly after?: string;
  readonly output?: string;
  readonly lang?: string;
}

type Action = "list" | "fetch" | "ack";

/**
 * The actions of `tip inbox`: `list` prints one JSON object a line per envelope received (ids, sender,
 * purpose, times: no content) and a count on stderr; `fetch` writes one envelope as received; `ack` marks one
 * as taken in. Exit 0 done, 2 usage error, unreadable key, no such envelope, or the node unreachable or refusing.
 */
export async function inboxCommand(
  action: Action,
  messageId: string | undefined,
  raw: RawInboxOptions,
  ctx: CliContext,
): Promise<number> {
  const errors = new UsageErrors(ctx);
  const lang = errors.lang(raw.lang);
  const messages = await messagesFor(lang);
  const texts = messages.exchange;
  const from = nodeUrl("--from", errors.required("--from", raw.from), errors, texts);
  const keyFile = errors.required("--key", raw.key);
  const id = messageId === undefined ? "" : messageIdArgument(messageId, errors, texts);
  const after = errors.count("--after", raw.after, 0, 0);
  if (errors.list.length > 0) {
    return writeUsageErrors(ctx.io, messages, errors.list, `tip inbox ${action}`);
  }
  const clash = await checkDistinctFiles([
    ...readFiles({ option: "--key" }, [keyFile], ctx.io),
    writtenFile("-o", raw.output, ctx.io),
  ]);
  if (clash) throw clash;
  const library = await exchangeTexts(lang);
  const fail = (error: string) => failRun(ctx.io, messages, error);
  const keys = await readKeyRingFile("--key", keyFile, { io: ctx.io, messages, texts, library });
  if (!keys.ok) return fail(keys.error);
  const { NodeClient } = await import("@tip/exchange-node/client");
  const client = new NodeClient({ url: from, keys: keys.keys });
  const call = async (work: (node: NodeClient) => Promise<NodeAnswer>) => {
    try {
      return await work(client);
    } catch (error) {
      return messages.format(texts.node.unreachable, {
        url: shownUrl(from),
        reason: unreachableReason(error),
      });
    }
  };

  if (action === "list") {
    let count = 0;
    for (let position = after; ; ) {
      const answer = await call((node) =>
        node.inbox({ after: position, pending: raw.pending === true, limit: 1000 }),
      );
      if (typeof answer === "string") return fail(answer);
      if (answer.status !== 200) return fail(describeNodeError(answer, messages, library));
      const items = Array.isArray(answer.body.items) ? (answer.body.items as { seq?: unknown }[]) : [];
      if (items.length > 0) ctx.io.stdout.write(`${items.map((item) => JSON.stringify(item)).join("\n")}\n`);
      count += items.length;
      const next = Number(answer.body.next);
      if (items.length === 0 || !Number.isSafeInteger(next) || next <= position) break;
      position = next;
    }
    writeLines(ctx.io.stderr, [messages.format(texts.inbox.listed, { count })]);
    return EXIT_CODES.ok;
  }
  if (action === "fetch") {
    const answer = await call((node) => node.fetchEnvelope(id));
    if (typeof answer === "string") return fail(answer);
    if (answer.status !== 200 || typeof answer.body.envelope !== "string")
      return fail(describeNodeError(answer, messages, library));
    const text = answer.body.envelope.endsWith("\n") ? answer.body.envelope : `${answer.body.envelope}\n`;
    await writeWholeOutput({ option: "-o", path: raw.output }, text, ctx.io);
    const report = raw.output === undefined || raw.output === "-" ? ctx.io.stderr : ctx.io.stdout;
    writeLines(report, [messages.format(texts.inbox.fetched, { id })]);
    return EXIT_CODES.ok;
  }
  const answer = await call((node) => node.acknowledge(id));
  if (typeof answer === "string") return fail(answer);
  if (answer.status !== 200) return fail(describeNodeError(answer, messages, library));
  writeLines(ctx.io.stdout, [
    messages.format(texts.inbox.acknowledged, { id, at: String(answer.body.acknowledgedAt) }),
  ]);
  return EXIT_CODES.ok;
}
