import { availableParallelism } from "node:os";
import type { CliContext } from "../context.js";
import { EXIT_CODES } from "../exit-codes.js";
import type { CliMessages } from "../messages/cli-messages.js";
import { CLI_MESSAGES, formatCli } from "../messages/messages.js";
import { loadCliProfile } from "../profile/load-cli-profile.js";
import { writeErrors } from "../write-error.js";
import { checkInputs } from "./check-inputs.js";
import { exitCodeOf } from "./exit-code.js";
import { resolveInputs } from "./inputs.js";
import { mergeSummaries } from "./merge-summaries.js";
import { parseValidateOptions, type RawValidateOptions, type ValidateOptions } from "./options.js";
import { writeReport } from "./report.js";

/**
 * The action of `tip validate`: checks the options, then that every input is readable, then streams each one
 * through `@tip/validate` and writes one report. Resolves to the exit code.
 */
export async function validateCommand(
  files: readonly string[],
  raw: RawValidateOptions,
  ctx: CliContext,
): Promise<number> {
  const parsed = parseValidateOptions(raw, ctx);
  if (!parsed.ok) {
    const hint = formatCli(ctx.messages.errors.helpHint, { command: "tip validate" });
    writeErrors(ctx.io, ctx.messages, parsed.errors, hint);
    return EXIT_CODES.usage;
  }
  const messages = CLI_MESSAGES[parsed.options.lang];
  const loaded = await loadCliProfile(raw.profile, ctx, messages, parsed.options.lang);
  if (!loaded.ok) {
    writeErrors(ctx.io, messages, loaded.errors);
    return EXIT_CODES.usage;
  }
  const options = capWorkers(
    loaded.profile === undefined ? parsed.options : { ...parsed.options, profile: loaded.profile },
    ctx,
    messages,
  );
  const resolved = await resolveInputs(files, options.inputFormat, ctx.io, messages);
  if (!resolved.ok) {
    writeErrors(ctx.io, messages, resolved.errors);
    return EXIT_CODES.usage;
  }
  const outcome = await checkInputs(resolved.inputs, options, ctx.io);
  if (!outcome.ok) {
    writeErrors(ctx.io, messages, [outcome.error]);
    return EXIT_CODES.usage;
  }
  const merged = mergeSummaries(outcome.summaries);
  const totals = outcome.summaries.map((summary, index) => ({
    file: resolved.inputs[index]?.name ?? "",
    total: summary.total,
    valid: summary.valid,
    invalid: summary.invalid,
    skipped: summary.skipped,
  }));
  writeReport(merged, totals, options, ctx.io);
  return exitCodeOf(merged);
}

/**
 * `--workers` above the cores available only costs memory (each worker holds its own heap): it is capped at
 * `os.availableParallelism()`, and stderr says so.
 */
function capWorkers(options: ValidateOptions, ctx: CliContext, messages: CliMessages): ValidateOptions {
  const cores = availableParallelism();
  if (typeof options.workers !== "number" || options.workers <= cores) return options;
  ctx.io.stderr.write(`${formatCli(messages.output.workersCapped, { asked: options.workers, cores })}\n`);
  return { ...options, workers: cores };
}
