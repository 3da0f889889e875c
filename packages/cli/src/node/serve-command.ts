import { resolve } from "node:path";
import type { CliContext } from "../context.js";
import { readKeyRingFile, readTrustFiles } from "../exchange/key-files.js";
import { exchangeTexts } from "../exchange/library-texts.js";
import { EXIT_CODES } from "../exit-codes.js";
import { messagesFor } from "../messages/messages.js";
import { UsageErrors } from "../privacy/options.js";
import { untilStopped } from "../stop-signals.js";
import { failRun, writeLines, writeUsageErrors } from "../write-error.js";

/** The longest interval between purges a timer takes, in whole minutes (about 24 days). */
const MAX_PURGE_MINUTES = Math.floor((2 ** 31 - 1) / 60_000);

/** The options of `tip serve` as commander hands them over. */
export interface RawServeOptions {
  readonly key?: string;
  readonly trust?: readonly string[];
  readonly port?: string;
  readonly host?: string;
  readonly dataDir?: string;
  readonly databaseUrl?: string;
  readonly maxMb?: string;
  readonly purgeMinutes?: string;
  readonly lang?: string;
}

/**
 * The action of `tip serve`: starts this agency's exchange node and runs until SIGINT or SIGTERM (or until
 * `stop` resolves, for tests). Exit 0 stopped, 2 usage error, unreadable keys, or a port or database that
 * cannot be used. The node logs one JSON line per request on stderr: route, status, time, agency, code; and
 * one per purge of the envelope contents it may no longer keep: counts only.
 */
export async function serveCommand(
  raw: RawServeOptions,
  ctx: CliContext,
  stop?: Promise<void>,
): Promise<number> {
  const errors = new UsageErrors(ctx);
  const lang = errors.lang(raw.lang);
  const messages = await messagesFor(lang);
  const texts = messages.exchange;
  const keyFile = errors.required("--key", raw.key);
  const trustFiles = raw.trust ?? [];
  if (trustFiles.length === 0) errors.required("--trust", undefined);
  const port = raw.port === undefined ? 8080 : /^\d{1,5}$/.test(raw.port) ? Number(raw.port) : Number.NaN;
  if (!(port >= 0 && port <= 65535))
    errors.add(texts.serve.badPort, { option: "--port", value: raw.port ?? "" });
  const maxMb = errors.count("--max-mb", raw.maxMb, 64, 1);
  const purgeMinutes =
    raw.purgeMinutes === undefined ? 60 : /^\d{1,6}$/.test(raw.purgeMinutes) ? Number(raw.purgeMinutes) : -1;
  if (!(purgeMinutes >= 0 && purgeMinutes <= MAX_PURGE_MINUTES))
    errors.add(texts.serve.badPurge, {
      option: "--purge-minutes",
      value: raw.purgeMinutes ?? "",
      max: MAX_PURGE_MINUTES,
    });
  if (errors.list.length > 0) {
    return writeUsageErrors(ctx.io, messages, errors.list, "tip serve");
  }
  const library = await exchangeTexts(lang);
  const context = { io: ctx.io, messages, texts, library };
  const fail = (error: string) => failRun(ctx.io, messages, error);
  const keys = await readKeyRingFile("--key", keyFile, context);
  if (!keys.ok) return fail(keys.error);
  const trust = await readTrustFiles("--trust", trustFiles, context);
  if (!trust.ok) return fail(trust.error);

  const { startNode } = await import("@tip/exchange-node");
  const databaseUrl = raw.databaseUrl ?? ctx.io.env?.DATABASE_URL;
  let node: Awaited<ReturnType<typeof startNode>>;
  try {
    node = await startNode({
      keys: keys.keys,
      trust: trust.trust,
      port,
      host: raw.host ?? "127.0.0.1",
      maxEnvelopeBytes: maxMb * 1024 * 1024,
      purgeIntervalMs: purgeMinutes * 60_000,
      purgeLog: (line) => ctx.io.stderr.write(`${JSON.stringify(line)}\n`),
      ...(databaseUrl
        ? { databaseUrl }
        : { dataDir: resolve(ctx.io.cwd ?? process.cwd(), raw.dataDir ?? "tip-node-data") }),
      log: (line) => ctx.io.stderr.write(`${JSON.stringify(line)}\n`),
    });
  } catch (error) {
    // A system code (EADDRINUSE, ECONNREFUSED, 28P01...) says enough; the database URL may hold a password.
    const code = (error as { code?: unknown } | null)?.code;
    const reason = typeof code === "string" && /^[A-Z0-9_]{1,40}$/.test(code) ? code : "start_failed";
    return fail(messages.format(texts.serve.cannotStart, { reason }));
  }
  writeLines(ctx.io.stdout, [
    messages.format(texts.serve.listening, {
      agency: keys.keys.agencyId,
      url: node.url,
      database: node.database,
    }),
  ]);
  await (stop ?? untilStopped());
  await node.close();
  writeLines(ctx.io.stdout, [texts.serve.stopped]);
  return EXIT_CODES.ok;
}
