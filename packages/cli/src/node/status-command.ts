import {
  createStatusUpdate,
  describeKeyProblem,
  describeRefusal,
  REFUSAL_CODES,
  REPORTED_STATUSES,
  type RefusalCode,
} from "@tip/exchange";
import type { CliContext } from "../context.js";
import { readKeyRingFile } from "../exchange/key-files.js";
import { exchangeTexts } from "../exchange/library-texts.js";
import { EXIT_CODES } from "../exit-codes.js";
import { messagesFor } from "../messages/messages.js";
import { checkDistinctFiles, readFiles } from "../output/same-file.js";
import { UsageErrors } from "../privacy/options.js";
import { failRun, writeLines, writeUsageErrors } from "../write-error.js";
import {
  describeNodeError,
  messageIdArgument,
  nodeUrl,
  shownUrl,
  unreachableReason,
} from "./node-answers.js";

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** The options of `tip inbox status` as commander hands them over. */
export interface RawStatusOptions {
  readonly referral?: string;
  readonly sender?: string;
  readonly to?: string;
  readonly key?: string;
  readonly lang?: string;
}

/**
 * The action of `tip inbox status`: signs a status update of a referral received in an envelope with
 * `createStatusUpdate` of @tip/exchange and posts it to the sending agency's node with the node client. Exit 0
 * stored by the node, 2 usage error, unreadable key, or the node unreachable or refusing (a replay included).
 */
export async function statusCommand(
  messageId: string,
  status: string,
  raw: RawStatusOptions,
  ctx: CliContext,
): Promise<number> {
  const errors = new UsageErrors(ctx);
  const lang = errors.lang(raw.lang);
  const messages = await messagesFor(lang);
  const texts = messages.exchange;
  const id = messageIdArgument(messageId, errors, texts);
  if (!(REPORTED_STATUSES as readonly string[]).includes(status))
    errors.badChoice("<status>", status, REPORTED_STATUSES);
  const uuid = (option: string, value: string | undefined) => {
    const given = errors.required(option, value);
    if (given !== "" && !UUID.test(given)) errors.add(texts.status.badUuid, { option, value: given });
    return given.toLowerCase();
  };
  const referral = uuid("--referral", raw.referral);
  const sender = uuid("--sender", raw.sender);
  const to = nodeUrl("--to", errors.required("--to", raw.to), errors, texts);
  const keyFile = errors.required("--key", raw.key);
  if (errors.list.length > 0) {
    return writeUsageErrors(ctx.io, messages, errors.list, "tip inbox status");
  }
  const clash = await checkDistinctFiles(readFiles({ option: "--key" }, [keyFile], ctx.io));
  if (clash) throw clash;
  const library = await exchangeTexts(lang);
  const fail = (error: string) => failRun(ctx.io, messages, error);
  const keys = await readKeyRingFile("--key", keyFile, { io: ctx.io, messages, texts, library });
  if (!keys.ok) return fail(keys.error);
  let update: Awaited<ReturnType<typeof createStatusUpdate>>;
  try {
    update = await createStatusUpdate({
      keys: keys.keys,
      inReplyTo: id,
      to: sender,
      referralId: referral,
      status: status as (typeof REPORTED_STATUSES)[number],
    });
  } catch {
    // The options were checked above: what is left is a key ring with no signing key valid now.
    return fail(
      messages.format(texts.common.keyFile, {
        option: "--key",
        file: keyFile,
        problem: describeKeyProblem({ code: "no_signing_key", pointer: "" }, library),
      }),
    );
  }
  const { NodeClient } = await import("@tip/exchange-node/client");
  let answer: Awaited<ReturnType<InstanceType<typeof NodeClient>["sendStatus"]>>;
  try {
    answer = await new NodeClient({ url: to, keys: keys.keys }).sendStatus(update);
  } catch (error) {
    return fail(
      messages.format(texts.node.unreachable, { url: shownUrl(to), reason: unreachableReason(error) }),
    );
  }
  if (answer.status !== 201) {
    // A refusal of the update itself (signature, addressee, replay) in words; anything else as the node said it.
    const code = answer.body.code;
    if (typeof code === "string" && (REFUSAL_CODES as readonly string[]).includes(code))
      return fail(
        messages.format(texts.status.refused, {
          reason: describeRefusal({ code: code as RefusalCode }, library),
        }),
      );
    return fail(describeNodeError(answer, messages, library));
  }
  writeLines(ctx.io.stdout, [
    messages.format(texts.status.sent, { status, referral, id, url: shownUrl(to) }),
  ]);
  return EXIT_CODES.ok;
}
