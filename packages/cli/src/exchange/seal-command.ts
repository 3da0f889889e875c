import {
  DEFAULT_MAX_ENVELOPE_BYTES,
  describeSealProblem,
  type RecordMarking,
  type SealProblem,
  sealEnvelope,
} from "@tip/exchange";
import { formatRefusal } from "@tip/privacy";
import { CODE_LISTS, parseJson } from "@tip/schema";
import type { CliContext } from "../context.js";
import { EXIT_CODES } from "../exit-codes.js";
import { type CliCatalogue, messagesFor } from "../messages/messages.js";
import { writeWholeOutput } from "../output/open-output.js";
import { checkDistinctFiles, readFiles, writtenFile } from "../output/same-file.js";
import { localeTexts } from "../privacy/locale-bundles.js";
import { UsageErrors } from "../privacy/options.js";
import { failRun, writeErrors, writeLines, writeUsageErrors } from "../write-error.js";
import { readKeyRingFile, readTrustFiles } from "./key-files.js";
import { exchangeTexts } from "./library-texts.js";
import { readInputFile } from "./read-file.js";

/** The options of `tip seal` as commander hands them over. */
export interface RawSealOptions {
  readonly key?: string;
  readonly to?: readonly string[];
  readonly purpose?: string;
  readonly agreement?: string;
  readonly retention?: string;
  readonly expiresIn?: string;
  readonly inReplyTo?: string;
  readonly mark?: readonly string[];
  readonly output?: string;
  readonly lang?: string;
}

/** Withheld records named one by one on stderr; the rest are counted. */
const REFUSALS_SHOWN = 100;
const DAY_MS = 24 * 60 * 60 * 1000;
/** The bundle's problems (exit 1), as opposed to the command line's and the keys' (exit 2). */
const DATA_PROBLEMS = new Set<SealProblem["code"]>([
  "export_refused",
  "bundle_sender_mismatch",
  "recipient_not_named",
]);
/** The flag of each library option, for messages. */
const FLAGS = {
  purpose: "--purpose",
  agreement: "--agreement",
  retention: "--retention",
  expiresAt: "--expires-in",
  inReplyTo: "--in-reply-to",
  messageId: "--in-reply-to",
  now: "--expires-in",
} as const;

/**
 * The action of `tip seal`: reads the bundle, this agency's private key file and each recipient's public keys,
 * and writes the envelope @tip/exchange seals. A bundle the export gate refuses is not sealed: each refused
 * record is named by its place in the bundle (`/records/3`), never by id. Exit 0 sealed, 1 the bundle may not
 * be sent as it is, 2 usage error or unreadable input.
 */
export async function sealCommand(input: string, raw: RawSealOptions, ctx: CliContext): Promise<number> {
  const errors = new UsageErrors(ctx);
  const lang = errors.lang(raw.lang);
  const messages = await messagesFor(lang);
  const texts = messages.exchange;
  const keyFile = errors.required("--key", raw.key);
  const to = raw.to ?? [];
  if (to.length === 0) errors.required("--to", undefined);
  const purpose = errors.required("--purpose", raw.purpose);
  if (purpose !== "" && !CODE_LISTS.consent_purpose.has(purpose))
    errors.badChoice("--purpose", purpose, CODE_LISTS.consent_purpose.codes);
  const agreement = errors.required("--agreement", raw.agreement);
  const retention = errors.required("--retention", raw.retention);
  const days = errors.count("--expires-in", raw.expiresIn, 7, 1);
  if (days > 366)
    errors.add(errors.texts.errors.badCount, { option: "--expires-in", value: String(days), min: 1 });
  const markings = parseMarks(raw.mark ?? [], errors, texts.seal.badMark);
  if (errors.list.length > 0) {
    return writeUsageErrors(ctx.io, messages, errors.list, "tip seal");
  }
  const clash = await checkDistinctFiles([
    ...readFiles({ input: true }, [input], ctx.io),
    ...readFiles({ option: "--key" }, [keyFile], ctx.io),
    ...readFiles({ option: "--to" }, to, ctx.io),
    writtenFile("-o", raw.output, ctx.io),
  ]);
  if (clash) throw clash;
  const library = await exchangeTexts(lang);
  const context = { io: ctx.io, messages, texts, library };
  const bundleFile = await readInputFile(input, ctx.io, messages, DEFAULT_MAX_ENVELOPE_BYTES);
  if (!bundleFile.ok) return failRun(ctx.io, messages, bundleFile.error);
  let bundle: unknown;
  try {
    bundle = parseJson(new TextDecoder("utf-8", { fatal: true }).decode(bundleFile.bytes));
  } catch {
    return failRun(ctx.io, messages, messages.format(texts.seal.notJson, { file: input }));
  }
  const keys = await readKeyRingFile("--key", keyFile, context);
  if (!keys.ok) return failRun(ctx.io, messages, keys.error);
  const recipients = await readTrustFiles("--to", to, context);
  if (!recipients.ok) return failRun(ctx.io, messages, recipients.error);
  const now = new Date();
  const sealed = await sealEnvelope(bundle, {
    keys: keys.keys,
    to: recipients.trust.agencies,
    purpose,
    agreement,
    retention,
    expiresAt: new Date(now.getTime() + days * DAY_MS),
    ...(raw.inReplyTo === undefined ? {} : { inReplyTo: raw.inReplyTo }),
    markings,
    now,
  });
  if (!sealed.ok) {
    const problem = sealed.problem;
    const lines = [describeSealProblem(problem, library, problem.option && FLAGS[problem.option])];
    lines.push(...(await refusedRecords(problem, bundle, messages)));
    writeErrors(ctx.io, messages, lines);
    return DATA_PROBLEMS.has(problem.code) ? EXIT_CODES.invalid : EXIT_CODES.usage;
  }
  await writeWholeOutput({ option: "-o", path: raw.output }, `${JSON.stringify(sealed.envelope)}\n`, ctx.io);
  const report = raw.output === undefined || raw.output === "-" ? ctx.io.stderr : ctx.io.stdout;
  writeLines(report, [
    messages.format(texts.seal.sealed, {
      id: sealed.header.messageId,
      count: sealed.header.recipients.length,
      recipients: sealed.header.recipients.join(", "),
      expiresAt: sealed.header.expiresAt,
    }),
  ]);
  return EXIT_CODES.ok;
}

/** `--mark <record id>=<TLP>` options as markings; a malformed one is a usage error. */
function parseMarks(marks: readonly string[], errors: UsageErrors, template: string): RecordMarking[] {
  const markings: RecordMarking[] = [];
  for (const mark of marks) {
    const match = /^([0-9a-fA-F-]{36})=(.+)$/.exec(mark);
    const tlp = match?.[2];
    if (match?.[1] === undefined || !CODE_LISTS.tlp.has(tlp)) {
      errors.add(template, { option: "--mark", value: mark, choices: CODE_LISTS.tlp.codes.join(", ") });
      continue;
    }
    markings.push({ record: match[1], tlp } as RecordMarking);
  }
  return markings;
}

/** The records the export gate refused, each named by its place in the bundle, in the run's language. */
async function refusedRecords(
  problem: SealProblem,
  bundle: unknown,
  messages: CliCatalogue,
): Promise<string[]> {
  const refused = problem.refused ?? [];
  if (refused.length === 0) return [];
  const records = (bundle as { records?: unknown } | null)?.records;
  const places = new Map<string, string>();
  if (Array.isArray(records))
    records.forEach((record, index) => {
      const id = (record as { id?: unknown } | null)?.id;
      if (typeof id === "string" && !places.has(id.toLowerCase()))
        places.set(id.toLowerCase(), `/records/${index}`);
    });
  const locale = await localeTexts(messages.locale);
  const lines = refused.slice(0, REFUSALS_SHOWN).map((refusal) => {
    const position = refusal.id.startsWith("#")
      ? `/records/${Number(refusal.id.slice(1)) - 1}`
      : "/records/?";
    const place = places.get(refusal.id.toLowerCase()) ?? position;
    // The record is named by where it is; its id is not shown.
    return formatRefusal({ ...refusal, id: place }, locale.texts, locale.bundle);
  });
  if (refused.length > lines.length)
    lines.push(messages.format(messages.exchange.seal.refusedMore, { count: refused.length - lines.length }));
  return lines;
}
