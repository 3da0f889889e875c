import { ExportGate, formatRefusal, type Refusal } from "@tip/privacy";
import type { CliContext } from "../context.js";
import { EXIT_CODES } from "../exit-codes.js";
import { messagesFor } from "../messages/messages.js";
import { localeTexts } from "../privacy/locale-bundles.js";
import { leftOutNotes, type Place, recordAtText } from "../privacy/read-input.js";
import { openPrivacyInput, runPass, secondPassError } from "../privacy/run-pass.js";
import { openTextSink, RecordsWriter, writeFailure } from "../privacy/write-records.js";
import { writeErrors, writeLines, writeUsageErrors } from "../write-error.js";
import { parseExportOptions, type RawExportOptions } from "./options.js";

/** Withheld records named one by one on stderr; the rest are counted in the summary. */
const REFUSALS_SHOWN = 100;

/**
 * The action of `tip export`: reads the records twice with @tip/privacy's `ExportGate` (first pass: the victims'
 * consents, the agencies' countries and a bundle's marking; second pass: each record checked and written if it
 * may be sent, in the shape it came in). Each withheld record is named on stderr by its place in the input
 * (line, and JSON Pointer in a bundle or array), never by id, with the missing permission, in the chosen
 * language. Exit 0 all may be sent, 1 some withheld (or input left out), 2 usage error or unreadable input.
 */
export async function exportCommand(input: string, raw: RawExportOptions, ctx: CliContext): Promise<number> {
  const parsed = parseExportOptions(raw, ctx);
  if (!parsed.ok) {
    return writeUsageErrors(ctx.io, ctx.messages, parsed.errors, "tip export");
  }
  const { options } = parsed;
  const messages = await messagesFor(options.lang);
  const texts = messages.privacy;
  const source = await openPrivacyInput(input, ctx.io, 2, messages);
  if (typeof source === "string") {
    writeErrors(ctx.io, messages, [source]);
    return EXIT_CODES.usage;
  }
  try {
    const gate = new ExportGate({
      recipient: options.to,
      purpose: options.purpose,
      on: options.on,
      recipientCountry: options.recipientCountry,
    });
    // A record the gate cannot read is refused in the second pass, where it is counted as withheld.
    const first = await runPass(
      source,
      input,
      ({ value }) => {
        gate.survey(value);
      },
      messages,
    );
    if (!first.ok) {
      writeErrors(ctx.io, messages, [first.error]);
      return EXIT_CODES.usage;
    }
    const { pass } = first;
    if (pass.envelope) gate.envelope(pass.envelope);
    let sink: Awaited<ReturnType<typeof openTextSink>>;
    try {
      sink = await openTextSink(options.output, ctx.io, [input]);
    } catch (error) {
      writeErrors(ctx.io, messages, [writeFailure(error, options.output, messages, texts)]);
      return EXIT_CODES.usage;
    }
    const writer = new RecordsWriter(sink, pass.shape);
    const refusals: { refusal: Refusal; place: Place }[] = [];
    let refused = 0;
    let sent = 0;
    let position = 0;
    try {
      await writer.start(pass.envelope);
      const second = await runPass(
        source,
        input,
        async ({ value, place }) => {
          const verdict = gate.check(value, position++);
          if ("send" in verdict) {
            sent++;
            await writer.record(verdict.send);
            return;
          }
          refused++;
          if (refusals.length < REFUSALS_SHOWN) refusals.push({ refusal: verdict.refusal, place });
        },
        messages,
      );
      const failure = secondPassError(second, pass.read, input, messages);
      if (failure !== undefined) {
        await sink.abort();
        writeErrors(ctx.io, messages, [failure]);
        return EXIT_CODES.usage;
      }
      await writer.end();
    } catch (error) {
      await sink.abort();
      writeErrors(ctx.io, messages, [writeFailure(error, options.output, messages, texts)]);
      return EXIT_CODES.usage;
    }
    const locale = await localeTexts(options.lang);
    const named = refusals.map(({ refusal, place }) =>
      // The record is named by where it is; its id may be a passport number.
      formatRefusal({ ...refusal, id: recordAtText(place, messages) }, locale.texts, locale.bundle),
    );
    if (refused > named.length)
      named.push(messages.format(texts.common.leftOutMore, { count: refused - named.length }));
    if (named.length > 0) writeErrors(ctx.io, messages, named);
    const summary = messages.format(texts.export.summary, {
      read: pass.read,
      sent,
      refused,
      leftOut: pass.leftOutCount,
    });
    const report = options.output === undefined || options.output === "-" ? ctx.io.stderr : ctx.io.stdout;
    writeLines(report, [summary, ...leftOutNotes(pass, messages)]);
    return refused === 0 && pass.leftOutCount === 0 ? EXIT_CODES.ok : EXIT_CODES.invalid;
  } finally {
    await source.close();
  }
}
