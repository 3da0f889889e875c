import { anonymize, MIN_KEY_BYTES } from "@tip/privacy";
import type { CliContext } from "../context.js";
import { EXIT_CODES } from "../exit-codes.js";
import { CLI_MESSAGES, formatCli } from "../messages/messages.js";
import { PRIVACY_CLI_MESSAGES } from "../privacy/messages/messages.js";
import { leftOutNotes, readRecords } from "../privacy/read-input.js";
import { serialise, writeOutput } from "../privacy/write-records.js";
import { reasonOf } from "../validate/read-error.js";
import { writeErrors } from "../write-error.js";
import { readKeyFile } from "./key-file.js";
import { parseAnonymizeOptions, type RawAnonymizeOptions } from "./options.js";
import { anonymizeReportLines } from "./report.js";

/**
 * The action of `tip anonymize`: reads the records and the key, runs @tip/privacy's `anonymize` (generalise,
 * redact, k-anonymity, pseudonyms) and writes the records in the shape they came in. The report (counts only)
 * goes to stdout when the records go to a file, else to stderr. Exit 0 done, 1 done but input left out,
 * 2 usage error or unreadable input.
 */
export async function anonymizeCommand(
  input: string,
  raw: RawAnonymizeOptions,
  ctx: CliContext,
): Promise<number> {
  const parsed = parseAnonymizeOptions(raw, ctx);
  if (!parsed.ok) {
    writeErrors(
      ctx.io,
      ctx.messages,
      parsed.errors,
      formatCli(ctx.messages.errors.helpHint, { command: "tip anonymize" }),
    );
    return EXIT_CODES.usage;
  }
  const { options } = parsed;
  const messages = CLI_MESSAGES[options.lang];
  const texts = PRIVACY_CLI_MESSAGES[options.lang];
  let key: Uint8Array;
  try {
    key = await readKeyFile(options.keyFile, ctx.io);
  } catch (error) {
    writeErrors(ctx.io, messages, [
      formatCli(messages.errors.unreadable, { file: options.keyFile, reason: reasonOf(error, messages) }),
    ]);
    return EXIT_CODES.usage;
  }
  if (key.byteLength < MIN_KEY_BYTES) {
    writeErrors(ctx.io, messages, [
      formatCli(texts.errors.keyTooShort, {
        file: options.keyFile,
        bytes: key.byteLength,
        min: MIN_KEY_BYTES,
      }),
    ]);
    return EXIT_CODES.usage;
  }
  const read = await readRecords(input, ctx.io, messages, texts);
  if (!read.ok) {
    writeErrors(ctx.io, messages, [read.error]);
    return EXIT_CODES.usage;
  }
  const source = read.input.envelope
    ? [{ ...read.input.envelope, records: read.input.records }]
    : read.input.records;
  const { records, report } = await anonymize(source, { key, k: options.k, quasi: options.quasi });
  const text = read.input.shape === "bundle" ? bundleText(records) : serialise(read.input.shape, records);
  const failed = await writeOutput(text, options.output, ctx.io, messages, texts, [input, options.keyFile]);
  if (failed) {
    writeErrors(ctx.io, messages, [failed]);
    return EXIT_CODES.usage;
  }
  const notes = leftOutNotes(read.input, report.redaction.recordsLeftOut, texts);
  const lines = [...anonymizeReportLines(report, texts.anonymize, options.lang), ...notes];
  const out = options.output === undefined || options.output === "-" ? ctx.io.stderr : ctx.io.stdout;
  out.write(`${lines.join("\n")}\n`);
  return notes.length > 0 ? EXIT_CODES.invalid : EXIT_CODES.ok;
}

/** The one anonymised bundle as JSON (an empty one if its envelope could not be kept). */
function bundleText(records: readonly unknown[]): string {
  const [bundle] = records as { records?: unknown[] }[];
  const { records: inner = [], ...envelope } = bundle ?? {};
  return serialise("bundle", inner, envelope);
}
