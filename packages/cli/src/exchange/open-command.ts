import { createReceipt, DEFAULT_MAX_ENVELOPE_BYTES, describeRefusal, openEnvelope } from "@tip/exchange";
import { formatTextReport, loadMessages } from "@tip/validate";
import { wantsColor } from "../color.js";
import type { CliContext } from "../context.js";
import { EXIT_CODES } from "../exit-codes.js";
import { messagesFor } from "../messages/messages.js";
import { writeWholeOutput } from "../output/open-output.js";
import { checkDistinctFiles, readFiles, writtenFile } from "../output/same-file.js";
import { UsageErrors } from "../privacy/options.js";
import { reasonOf } from "../validate/read-error.js";
import { failRun, writeLines, writeUsageErrors } from "../write-error.js";
import { readKeyRingFile, readTrustFiles } from "./key-files.js";
import { exchangeTexts } from "./library-texts.js";
import { readInputFile } from "./read-file.js";
import { SeenFile } from "./seen-file.js";

/** The options of `tip open` as commander hands them over. */
export interface RawOpenOptions {
  readonly key?: string;
  readonly trust?: readonly string[];
  readonly seen?: string;
  readonly output?: string;
  readonly receipt?: string;
  readonly lang?: string;
}

/**
 * The action of `tip open`: opens the envelope with @tip/exchange (this agency's key, the trusted keys, the
 * ids opened before from `--seen`), writes the bundle and, with `--receipt`, a signed receipt for the sender.
 * A refused envelope writes nothing and says why. Exit 0 opened and valid, 1 opened but the bundle has invalid
 * records (written, with the validation report), 2 refused, usage error or unreadable input.
 */
export async function openCommand(input: string, raw: RawOpenOptions, ctx: CliContext): Promise<number> {
  const errors = new UsageErrors(ctx);
  const lang = errors.lang(raw.lang);
  const messages = await messagesFor(lang);
  const texts = messages.exchange;
  const keyFile = errors.required("--key", raw.key);
  const trustFiles = raw.trust ?? [];
  if (trustFiles.length === 0) errors.required("--trust", undefined);
  if (errors.list.length > 0) {
    return writeUsageErrors(ctx.io, messages, errors.list, "tip open");
  }
  const clash = await checkDistinctFiles([
    ...readFiles({ input: true }, [input], ctx.io),
    ...readFiles({ option: "--key" }, [keyFile], ctx.io),
    ...readFiles({ option: "--trust" }, trustFiles, ctx.io),
    writtenFile("--seen", raw.seen, ctx.io),
    writtenFile("-o", raw.output, ctx.io),
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
  const trust = await readTrustFiles("--trust", trustFiles, context);
  if (!trust.ok) return fail(trust.error);
  let seen: SeenFile | undefined;
  if (raw.seen !== undefined) {
    const loaded = await SeenFile.open(raw.seen, ctx.io);
    if ("badLine" in loaded)
      return fail(messages.format(texts.open.badSeen, { file: raw.seen, line: loaded.badLine }));
    if ("error" in loaded)
      return fail(
        messages.format(messages.errors.unreadable, {
          file: raw.seen,
          reason: reasonOf(loaded.error, messages),
        }),
      );
    seen = loaded;
  }
  const opened = await openEnvelope(envelope.bytes, {
    keys: keys.keys,
    trust: trust.trust,
    replay: seen ?? { remember: () => true },
    lang,
  });
  if (!opened.ok) return fail(describeRefusal(opened.refusal, library));
  const { header, validation } = opened;
  await writeWholeOutput(
    { option: "-o", path: raw.output },
    `${JSON.stringify(opened.bundle, null, 2)}\n`,
    ctx.io,
  );
  const lines = [
    messages.format(texts.open.opened, {
      id: header.messageId,
      sender: header.sender,
      purpose: header.purpose,
      agreement: header.agreement,
      retention: header.retention,
      tlp: header.tlp,
    }),
  ];
  if (opened.markings.length > 0)
    lines.push(messages.format(texts.open.markings, { count: opened.markings.length }));
  const { summary } = validation;
  lines.push(
    validation.ok
      ? messages.format(texts.open.valid, { count: summary.total })
      : messages.format(texts.open.invalid, {
          errors: summary.errors,
          invalid: summary.invalid + summary.skipped,
          count: summary.total,
        }),
  );
  if (raw.receipt !== undefined) {
    const receipt = await createReceipt({
      keys: keys.keys,
      inReplyTo: header.messageId,
      to: header.sender,
      outcome: validation.ok ? "accepted" : "rejected",
      issues: summary.byCode,
      digest: opened.digest,
    });
    await writeWholeOutput(
      { option: "--receipt", path: raw.receipt },
      `${JSON.stringify(receipt)}\n`,
      ctx.io,
    );
    const outcome = validation.ok ? "accepted" : "rejected";
    lines.push(messages.format(texts.open.receiptWritten, { id: receiptIdOf(receipt.payload), outcome }));
  }
  await seen?.commit();
  const report = raw.output === undefined || raw.output === "-" ? ctx.io.stderr : ctx.io.stdout;
  if (!validation.ok) {
    const color = wantsColor(ctx.io.stderr, ctx.io.env);
    ctx.io.stderr.write(formatTextReport(summary, { locale: await loadMessages(lang), color }));
  }
  writeLines(report, lines);
  return validation.ok ? EXIT_CODES.ok : EXIT_CODES.invalid;
}

/** The message id of a signed receipt (its payload is ours: base64url of canonical JSON). */
function receiptIdOf(payload: string): string {
  return (JSON.parse(Buffer.from(payload, "base64url").toString("utf8")) as { messageId: string }).messageId;
}
