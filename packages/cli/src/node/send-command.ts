import { DEFAULT_MAX_ENVELOPE_BYTES, describeRefusal, verifyReceipt } from "@tip/exchange";
import type { CliContext } from "../context.js";
import { readKeyRingFile, readTrustFiles } from "../exchange/key-files.js";
import { exchangeTexts } from "../exchange/library-texts.js";
import { readInputFile } from "../exchange/read-file.js";
import { EXIT_CODES } from "../exit-codes.js";
import { messagesFor } from "../messages/messages.js";
import { writeWholeOutput } from "../output/open-output.js";
import { checkDistinctFiles, readFiles, writtenFile } from "../output/same-file.js";
import { UsageErrors } from "../privacy/options.js";
import { failRun, writeLines, writeUsageErrors } from "../write-error.js";
import { describeNodeError, nodeUrl, shownUrl, unreachableReason } from "./node-answers.js";

/** The options of `tip send` as commander hands them over. */
export interface RawSendOptions {
  readonly to?: string;
  readonly key?: string;
  readonly trust?: readonly string[];
  readonly receipt?: string;
  readonly lang?: string;
}

/**
 * The action of `tip send`: posts the envelope to the receiving node with a request signed by this agency,
 * then checks the signed receipt (against `--trust` when given). Exit 0 accepted, 1 rejected (the bundle has
 * invalid records: their issue codes listed), 2 refused, usage error, unreadable input or node unreachable.
 */
export async function sendCommand(input: string, raw: RawSendOptions, ctx: CliContext): Promise<number> {
  const errors = new UsageErrors(ctx);
  const lang = errors.lang(raw.lang);
  const messages = await messagesFor(lang);
  const texts = messages.exchange;
  const to = nodeUrl("--to", errors.required("--to", raw.to), errors, texts);
  const keyFile = errors.required("--key", raw.key);
  if (errors.list.length > 0) {
    return writeUsageErrors(ctx.io, messages, errors.list, "tip send");
  }
  const clash = await checkDistinctFiles([
    ...readFiles({ input: true }, [input], ctx.io),
    ...readFiles({ option: "--key" }, [keyFile], ctx.io),
    ...readFiles({ option: "--trust" }, raw.trust ?? [], ctx.io),
    writtenFile("--receipt", raw.receipt, ctx.io),
  ]);
  if (clash) throw clash;
  const library = await exchangeTexts(lang);
  const context = { io: ctx.io, messages, texts, library };
  const fail = (error: string) => failRun(ctx.io, messages, error);
  const envelope = await readInputFile(input, ctx.io, messages, DEFAULT_MAX_ENVELOPE_BYTES);
  if (!envelope.ok) return fail(envelope.error);
  const keys = await readKeyRingFile("--key", keyFile, context);
  if (!keys.ok) return fail(keys.error);
  const trust = raw.trust?.length ? await readTrustFiles("--trust", raw.trust, context) : undefined;
  if (trust !== undefined && !trust.ok) return fail(trust.error);

  const { NodeClient } = await import("@tip/exchange-node/client");
  const text = new TextDecoder().decode(envelope.bytes);
  let answer: Awaited<ReturnType<InstanceType<typeof NodeClient>["send"]>>;
  try {
    answer = await new NodeClient({ url: to, keys: keys.keys }).send(text);
  } catch (error) {
    return fail(
      messages.format(texts.node.unreachable, { url: shownUrl(to), reason: unreachableReason(error) }),
    );
  }
  const body = answer.body;
  const receipt = body.receipt;
  const delivered = answer.status === 201 || (answer.status === 422 && receipt !== undefined);
  if (!delivered && !(answer.status === 409 && receipt !== undefined))
    return fail(describeNodeError(answer, messages, library));

  // A receipt: check it is signed by the recipient and answers this envelope.
  const payload = receiptBody(receipt);
  if (payload === undefined)
    return fail(messages.format(texts.send.receiptInvalid, { reason: "not_a_message" }));
  const lines: string[] = [];
  if (trust?.ok) {
    const verified = await verifyReceipt(receipt, {
      trust: trust.trust,
      agencyId: keys.keys.agencyId,
      inReplyTo: payload.inReplyTo,
    });
    if (!verified.ok)
      return fail(
        messages.format(texts.send.receiptInvalid, { reason: describeRefusal(verified.refusal, library) }),
      );
    lines.push(texts.send.verified);
  }
  if (raw.receipt !== undefined) {
    await writeWholeOutput(
      { option: "--receipt", path: raw.receipt },
      `${JSON.stringify(receipt)}\n`,
      ctx.io,
    );
    if (raw.receipt !== "-") lines.push(messages.format(texts.send.receiptWritten, { file: raw.receipt }));
  }
  const params = { id: payload.inReplyTo, agency: payload.from };
  if (answer.status === 409) {
    writeLines(ctx.io.stdout, [
      messages.format(texts.send.replayed, { id: payload.inReplyTo, outcome: payload.outcome }),
      ...lines,
    ]);
    return EXIT_CODES.usage;
  }
  if (payload.outcome === "accepted") {
    writeLines(ctx.io.stdout, [messages.format(texts.send.accepted, params), ...lines]);
    return EXIT_CODES.ok;
  }
  const issues = payload.issues.map((issue) => messages.format(texts.send.issue, issue));
  writeLines(ctx.io.stdout, [
    messages.format(texts.send.rejected, { ...params, count: issues.length }),
    ...issues,
    ...lines,
  ]);
  return EXIT_CODES.invalid;
}

/** What a receipt says, read from its payload (its signature is checked with --trust). */
function receiptBody(
  receipt: unknown,
):
  | { inReplyTo: string; from: string; outcome: string; issues: { code: string; count: number }[] }
  | undefined {
  try {
    const payload = (receipt as { payload?: unknown } | null)?.payload;
    if (typeof payload !== "string") return undefined;
    const body = JSON.parse(Buffer.from(payload, "base64url").toString("utf8")) as Record<string, unknown>;
    const safe = (value: unknown) =>
      typeof value === "string" && /^[\w-]{1,64}$/.test(value) ? value : undefined;
    const inReplyTo = safe(body.inReplyTo);
    const from = safe(body.from);
    const outcome = safe(body.outcome);
    if (inReplyTo === undefined || from === undefined || outcome === undefined || !Array.isArray(body.issues))
      return undefined;
    const issues = body.issues.flatMap((issue: { code?: unknown; count?: unknown }) =>
      safe(issue?.code) !== undefined && Number.isSafeInteger(issue.count)
        ? [{ code: String(issue.code), count: Number(issue.count) }]
        : [],
    );
    return { inReplyTo, from, outcome, issues };
  } catch {
    return undefined;
  }
}
