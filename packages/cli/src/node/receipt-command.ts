import { describeRefusal, verifyReceipt } from "@tip/exchange";
import type { CliContext } from "../context.js";
import { readKeyRingFile, readTrustFiles } from "../exchange/key-files.js";
import { exchangeTexts } from "../exchange/library-texts.js";
import { readInputFile } from "../exchange/read-file.js";
import { EXIT_CODES } from "../exit-codes.js";
import { messagesFor } from "../messages/messages.js";
import { checkDistinctFiles, readFiles } from "../output/same-file.js";
import { UsageErrors } from "../privacy/options.js";
import { failRun, writeLines, writeUsageErrors } from "../write-error.js";
import { messageIdArgument } from "./node-answers.js";

/** Receipts are small; the library refuses one over 1 MiB as too large. */
const MAX_RECEIPT_BYTES = 1024 * 1024;

/** The options of `tip receipt verify` as commander hands them over. */
export interface RawReceiptOptions {
  readonly key?: string;
  readonly trust?: readonly string[];
  readonly envelope?: string;
  readonly lang?: string;
}

/**
 * The action of `tip receipt verify`: checks a receipt kept as a file with `verifyReceipt` of @tip/exchange (the
 * receiving agency's signature against `--trust`, addressed to the agency of `--key`, answering `--envelope`
 * when given) and says what it answers. Exit 0 verified and accepted, 1 verified and rejected (its issue codes
 * listed), 2 not a valid receipt, usage error or unreadable input.
 */
export async function receiptVerifyCommand(
  input: string,
  raw: RawReceiptOptions,
  ctx: CliContext,
): Promise<number> {
  const errors = new UsageErrors(ctx);
  const lang = errors.lang(raw.lang);
  const messages = await messagesFor(lang);
  const texts = messages.exchange;
  const keyFile = errors.required("--key", raw.key);
  if (!raw.trust?.length) errors.required("--trust", undefined);
  const envelope = raw.envelope === undefined ? undefined : messageIdArgument(raw.envelope, errors, texts);
  if (errors.list.length > 0) {
    return writeUsageErrors(ctx.io, messages, errors.list, "tip receipt verify");
  }
  const clash = await checkDistinctFiles([
    ...readFiles({ input: true }, [input], ctx.io),
    ...readFiles({ option: "--key" }, [keyFile], ctx.io),
    ...readFiles({ option: "--trust" }, raw.trust ?? [], ctx.io),
  ]);
  if (clash) throw clash;
  const library = await exchangeTexts(lang);
  const context = { io: ctx.io, messages, texts, library };
  const fail = (error: string) => failRun(ctx.io, messages, error);
  const receipt = await readInputFile(input, ctx.io, messages, MAX_RECEIPT_BYTES);
  if (!receipt.ok) return fail(receipt.error);
  const keys = await readKeyRingFile("--key", keyFile, context);
  if (!keys.ok) return fail(keys.error);
  const trust = await readTrustFiles("--trust", raw.trust ?? [], context);
  if (!trust.ok) return fail(trust.error);

  const verified = await verifyReceipt(receipt.bytes, {
    trust: trust.trust,
    agencyId: keys.keys.agencyId,
    ...(envelope === undefined ? {} : { inReplyTo: envelope }),
  });
  if (!verified.ok)
    return fail(
      messages.format(texts.receipt.invalid, {
        file: input,
        reason: describeRefusal(verified.refusal, library),
      }),
    );
  const { message } = verified;
  const params = { id: message.inReplyTo, agency: message.from, at: message.createdAt };
  if (message.outcome === "accepted") {
    writeLines(ctx.io.stdout, [messages.format(texts.receipt.accepted, params)]);
    return EXIT_CODES.ok;
  }
  writeLines(ctx.io.stdout, [
    messages.format(texts.receipt.rejected, { ...params, count: message.issues.length }),
    ...message.issues.map((issue) => messages.format(texts.send.issue, issue)),
  ]);
  return EXIT_CODES.invalid;
}
