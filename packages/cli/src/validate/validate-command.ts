import { availableParallelism } from "node:os";
import type { CliContext } from "../context.js";
import { EXIT_CODES, type ExitCode } from "../exit-codes.js";
import type { CliCatalogue } from "../messages/messages.js";
import { messagesFor } from "../messages/messages.js";
import { type Output, openOutput, targetPath } from "../output/open-output.js";
import { describeOutputError, OutputError } from "../output/output-error.js";
import { checkDistinctFiles } from "../output/same-file.js";
import { loadCliProfile } from "../profile/load-cli-profile.js";
import { writeErrors } from "../write-error.js";
import { checkInputs } from "./check-inputs.js";
import { type Input, resolveInputs } from "./inputs.js";
import { parseValidateOptions, type RawValidateOptions, type ValidateOptions } from "./options.js";
import { writeReport } from "./report.js";

/**
 * The action of `tip validate`, a shell over `validateFiles` of `@tip/validate`: checks the options and that
 * every input is readable, runs the library, writes one report (and the valid records with `--valid-only`).
 * Resolves to the exit code: 1 when the worst severity found is an error, else 0; 2 for usage errors and
 * unreadable input.
 */
export async function validateCommand(
  files: readonly string[],
  raw: RawValidateOptions,
  ctx: CliContext,
): Promise<number> {
  const hint = ctx.messages.format(ctx.messages.errors.helpHint, { command: "tip validate" });
  const parsed = parseValidateOptions(raw, ctx);
  if (!parsed.ok) {
    writeErrors(ctx.io, ctx.messages, parsed.errors, hint);
    return EXIT_CODES.usage;
  }
  const messages = await messagesFor(parsed.options.lang);
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
    const missing = ctx.messages.format(ctx.messages.errors.missingArgument, { token: "file" });
    writeErrors(
      ctx.io,
      ctx.messages,
      resolved.missing ? [missing] : resolved.errors,
      resolved.missing && hint,
    );
    return EXIT_CODES.usage;
  }
  try {
    return await run(resolved.inputs, options, ctx, messages);
  } catch (error) {
    if (!(error instanceof OutputError)) throw error;
    writeErrors(ctx.io, messages, [describeOutputError(error, messages)]);
    return EXIT_CODES.usage;
  }
}

/** Checks the inputs and writes the report; the file of `--valid-only` is kept only when all went well. */
async function run(
  inputs: readonly Input[],
  options: ValidateOptions,
  ctx: CliContext,
  messages: CliCatalogue,
): Promise<ExitCode> {
  const path = (option: string, file: string | undefined) =>
    file === undefined ? undefined : targetPath({ option, path: file }, ctx.io);
  const clash = await checkDistinctFiles([
    ...inputs.map((input) => ({
      role: { input: true } as const,
      path: "path" in input.source ? input.source.path : undefined,
      writes: false,
    })),
    { role: { option: "-o" }, path: path("-o", options.output), writes: true },
    { role: { option: "--valid-only" }, path: path("--valid-only", options.validOnly), writes: true },
  ]);
  if (clash !== undefined) throw clash;
  const validOutput: Output | undefined =
    options.validOnly === undefined
      ? undefined
      : await openOutput({ option: "--valid-only", path: options.validOnly }, ctx.io);
  try {
    const outcome = await checkInputs(inputs, options, ctx.io, validOutput);
    if (!outcome.ok) {
      await validOutput?.abort();
      writeErrors(ctx.io, messages, [outcome.error]);
      return EXIT_CODES.usage;
    }
    await validOutput?.commit();
    if (validOutput !== undefined)
      ctx.io.stderr.write(
        `${messages.format(messages.validate.validWritten, { count: outcome.validWritten })}\n`,
      );
    await writeReport(outcome.result.summary, outcome.result.files, options, ctx.io);
    return outcome.result.worst === "error" ? EXIT_CODES.invalid : EXIT_CODES.ok;
  } catch (error) {
    await validOutput?.abort();
    throw error;
  }
}

/**
 * `--workers` above the cores available only costs memory (each worker holds its own heap): it is capped at
 * `os.availableParallelism()`, and stderr says so.
 */
function capWorkers(options: ValidateOptions, ctx: CliContext, messages: CliCatalogue): ValidateOptions {
  const cores = availableParallelism();
  if (typeof options.workers !== "number" || options.workers <= cores) return options;
  ctx.io.stderr.write(
    `${messages.format(messages.output.workersCapped, { asked: options.workers, cores })}\n`,
  );
  return { ...options, workers: cores };
}
