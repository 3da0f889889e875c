import { Anonymizer, MIN_KEY_BYTES } from "@tip/privacy";
import type { CliContext } from "../context.js";
import { EXIT_CODES } from "../exit-codes.js";
import { messagesFor } from "../messages/messages.js";
import { leftOutNotes, type PlacedRecord } from "../privacy/read-input.js";
import { openPrivacyInput, runPass, secondPassError } from "../privacy/run-pass.js";
import { openTextSink, RecordsWriter, writeFailure } from "../privacy/write-records.js";
import { reasonOf } from "../validate/read-error.js";
import { writeErrors, writeLines, writeUsageErrors } from "../write-error.js";
import { readKeyFile } from "./key-file.js";
import { parseAnonymizeOptions, type RawAnonymizeOptions } from "./options.js";
import { anonymizeReportLines } from "./report.js";

/**
 * The action of `tip anonymize`: reads the key, then the records twice with @tip/privacy's `Anonymizer`
 * (first pass: generalise, redact and count the classes of quasi identifiers; second pass: suppress to
 * k-anonymity, pseudonymise and write in the shape they came in). No record is held in memory. The report
 * (counts and places only) goes to stdout when the records go to a file, else to stderr. Exit 0 done, 1 done
 * but input left out, 2 usage error or unreadable input.
 */
export async function anonymizeCommand(
  input: string,
  raw: RawAnonymizeOptions,
  ctx: CliContext,
): Promise<number> {
  const parsed = parseAnonymizeOptions(raw, ctx);
  if (!parsed.ok) {
    return writeUsageErrors(ctx.io, ctx.messages, parsed.errors, "tip anonymize");
  }
  const { options } = parsed;
  const messages = await messagesFor(options.lang);
  const texts = messages.privacy;
  let key: Uint8Array;
  try {
    key = await readKeyFile(options.keyFile, ctx.io);
  } catch (error) {
    writeErrors(ctx.io, messages, [
      messages.format(messages.errors.unreadable, {
        file: options.keyFile,
        reason: reasonOf(error, messages),
      }),
    ]);
    return EXIT_CODES.usage;
  }
  if (key.byteLength < MIN_KEY_BYTES) {
    writeErrors(ctx.io, messages, [
      messages.format(texts.errors.keyTooShort, {
        file: options.keyFile,
        bytes: key.byteLength,
        min: MIN_KEY_BYTES,
      }),
    ]);
    return EXIT_CODES.usage;
  }
  const source = await openPrivacyInput(input, ctx.io, 2, messages);
  if (typeof source === "string") {
    writeErrors(ctx.io, messages, [source]);
    return EXIT_CODES.usage;
  }
  try {
    const anonymizer = new Anonymizer({ key, k: options.k, quasi: options.quasi });
    // Records the first pass could not take are passed over in the second, where they would fail a batch.
    const failed = new Set<number>();
    let ordinal = 0;
    const first = await runPass(
      source,
      input,
      ({ value, place }, pass) => {
        const at = ordinal++;
        try {
          const outcome = anonymizer.survey(value);
          if (outcome === "leftOut") pass.leaveOut(place, "not_anonymizable");
          else if (outcome === "unreadable") {
            failed.add(at);
            pass.leaveOut(place, "failed");
          }
        } catch {
          failed.add(at);
          pass.leaveOut(place, "failed");
        }
      },
      messages,
    );
    if (!first.ok) {
      writeErrors(ctx.io, messages, [first.error]);
      return EXIT_CODES.usage;
    }
    anonymizer.solve();
    const { pass } = first;
    let sink: Awaited<ReturnType<typeof openTextSink>>;
    try {
      sink = await openTextSink(options.output, ctx.io, [input, options.keyFile]);
    } catch (error) {
      writeErrors(ctx.io, messages, [writeFailure(error, options.output, messages, texts)]);
      return EXIT_CODES.usage;
    }
    const writer = new RecordsWriter(sink, pass.shape);
    try {
      await writer.start(pass.envelope && (await anonymizer.anonymizeEnvelope(pass.envelope)));
      let batch: PlacedRecord[] = [];
      const flush = async () => {
        const out = await anonymizer.anonymizeBatch(batch.map((record) => record.value));
        for (const record of out) if (record !== undefined) await writer.record(record);
        batch = [];
      };
      ordinal = 0;
      const second = await runPass(
        source,
        input,
        async (record) => {
          if (failed.has(ordinal++)) return;
          batch.push(record);
          if (batch.length >= BATCH) await flush();
        },
        messages,
      );
      await flush();
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
    const report = anonymizer.report();
    const lines = [
      messages.format(texts.anonymize.records, {
        read: pass.read,
        written: report.recordsOut,
        suppressed: report.suppression.suppressedRecords,
        leftOut: pass.leftOutCount,
      }),
      ...anonymizeReportLines(report, messages),
      ...leftOutNotes(pass, messages),
    ];
    const out = options.output === undefined || options.output === "-" ? ctx.io.stderr : ctx.io.stdout;
    writeLines(out, lines);
    return pass.leftOutCount > 0 ? EXIT_CODES.invalid : EXIT_CODES.ok;
  } finally {
    await source.close();
  }
}

/** Records anonymised together in the second pass (pseudonyms are computed a batch at a time). */
const BATCH = 512;
