import { generateRecords } from "@tip/testkit";
import type { CliContext } from "../context.js";
import { EXIT_CODES } from "../exit-codes.js";
import { parseCount, parseCountry, parseRate } from "../generators/parse-options.js";
import { writeNdjson } from "../generators/write-ndjson.js";
import { targetPath } from "../output/open-output.js";
import { describeOutputError, OutputError } from "../output/output-error.js";
import { outputPathOf, type RawOutputOptions } from "../output/output-option.js";
import { writeErrors, writeUsageErrors } from "../write-error.js";

/** The options of `tip synth` as commander hands them over. */
export interface RawSynthOptions extends RawOutputOptions {
  readonly count?: string;
  readonly seed?: string;
  readonly country?: string;
  readonly errorRate?: string;
  readonly aggregates?: boolean;
  readonly protection?: boolean;
  readonly prosecution?: boolean;
}

/** Runs `tip synth` (registered in `commands/synth.ts`); resolves to its exit code. */
export async function synthCommand(raw: RawSynthOptions, ctx: CliContext): Promise<number> {
  const messages = ctx.messages.generators;
  const count = parseCount(raw.count ?? "100", "--count", ctx);
  const country = parseCountry(raw.country ?? "TT", ctx);
  const errorRate = parseRate(raw.errorRate ?? "0", "--error-rate", ctx);
  if (!count.ok || !country.ok || !errorRate.ok) {
    const errors = [count, country, errorRate].flatMap((parsed) => (parsed.ok ? [] : [parsed.error]));
    return writeUsageErrors(ctx.io, ctx.messages, errors, "tip synth");
  }
  const options = {
    count: count.value,
    seed: raw.seed ?? "1",
    country: country.value,
    errorRate: errorRate.value,
    aggregates: raw.aggregates === true,
    protection: raw.protection === true,
    prosecution: raw.prosecution === true,
  };
  const records = generateRecords(options);
  const target = { option: "-o", path: outputPathOf(raw) };
  try {
    const written = await writeNdjson(records, target, ctx.io);
    const file = targetPath(target, ctx.io);
    if (file !== undefined)
      ctx.io.stdout.write(`${ctx.messages.format(messages.synth.written, { count: written, file })}\n`);
    return EXIT_CODES.ok;
  } catch (error) {
    if (!(error instanceof OutputError)) throw error;
    writeErrors(ctx.io, ctx.messages, [describeOutputError(error, ctx.messages)]);
    return EXIT_CODES.usage;
  }
}
