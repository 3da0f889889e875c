import { exportGate, formatRefusal } from "@tip/privacy";
import type { CliContext } from "../context.js";
import { EXIT_CODES } from "../exit-codes.js";
import { CLI_MESSAGES, formatCli } from "../messages/messages.js";
import { localeTexts } from "../privacy/locale-bundles.js";
import { PRIVACY_CLI_MESSAGES } from "../privacy/messages/messages.js";
import { leftOutNotes, readRecords } from "../privacy/read-input.js";
import { serialise, writeOutput } from "../privacy/write-records.js";
import { writeErrors } from "../write-error.js";
import { parseExportOptions, type RawExportOptions } from "./options.js";

/**
 * The action of `tip export`: runs @tip/privacy's consent / TLP gate and writes only the records that may be
 * sent, in the shape they came in. Each withheld record is named on stderr by id with the missing permission,
 * in the chosen language. Exit 0 all may be sent, 1 some withheld (or input left out), 2 usage error or
 * unreadable input.
 */
export async function exportCommand(input: string, raw: RawExportOptions, ctx: CliContext): Promise<number> {
  const parsed = parseExportOptions(raw, ctx);
  if (!parsed.ok) {
    writeErrors(
      ctx.io,
      ctx.messages,
      parsed.errors,
      formatCli(ctx.messages.errors.helpHint, { command: "tip export" }),
    );
    return EXIT_CODES.usage;
  }
  const { options } = parsed;
  const messages = CLI_MESSAGES[options.lang];
  const texts = PRIVACY_CLI_MESSAGES[options.lang];
  const read = await readRecords(input, ctx.io, messages, texts);
  if (!read.ok) {
    writeErrors(ctx.io, messages, [read.error]);
    return EXIT_CODES.usage;
  }
  const { envelope, records, shape } = read.input;
  const gate = exportGate(
    { ...envelope, records },
    {
      recipient: options.to,
      purpose: options.purpose,
      on: options.on,
      recipientCountry: options.recipientCountry,
    },
  );
  const { records: sent, ...gatedEnvelope } = gate.bundle;
  const failed = await writeOutput(
    serialise(shape, sent, gatedEnvelope),
    options.output,
    ctx.io,
    messages,
    texts,
    [input],
  );
  if (failed) {
    writeErrors(ctx.io, messages, [failed]);
    return EXIT_CODES.usage;
  }
  const locale = await localeTexts(options.lang);
  const refusals = gate.refused.map((refusal) => formatRefusal(refusal, locale.texts, locale.bundle));
  if (refusals.length > 0) writeErrors(ctx.io, messages, refusals);
  const notes = leftOutNotes(read.input, 0, texts);
  const summary = formatCli(texts.export.summary, { sent: sent.length, refused: gate.refused.length });
  const report = options.output === undefined || options.output === "-" ? ctx.io.stderr : ctx.io.stdout;
  report.write(`${[summary, ...notes].join("\n")}\n`);
  return gate.ok && notes.length === 0 ? EXIT_CODES.ok : EXIT_CODES.invalid;
}
