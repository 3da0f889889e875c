import { type Summary, validateStream } from "@tip/validate";
import type { CliIo } from "../io.js";
import type { CliMessages } from "../messages/cli-messages.js";
import { CLI_MESSAGES, formatCli } from "../messages/messages.js";
import type { Input } from "./inputs.js";
import type { ValidateOptions } from "./options.js";
import { startProgress } from "./progress.js";
import { isSystemError, reasonOf } from "./read-error.js";

/** The summaries of all inputs, or the localised reason checking stopped. */
export type CheckOutcome =
  | { readonly ok: true; readonly summaries: readonly Summary[] }
  | { readonly ok: false; readonly error: string };

/**
 * Streams each input through `validateStream`, one after the other. `--max-issues` is one budget for the whole
 * run: each input gets what the earlier ones left, and counting goes on past it.
 */
export async function checkInputs(
  inputs: readonly Input[],
  options: ValidateOptions,
  io: CliIo,
): Promise<CheckOutcome> {
  const messages = CLI_MESSAGES[options.lang];
  const summaries: Summary[] = [];
  let budget = options.maxIssues;
  for (const input of inputs) {
    const size = "path" in input.source ? input.source.size : undefined;
    const label = formatCli(messages.validate.progress, { file: input.name });
    const progress = startProgress(io, label, size);
    try {
      const summary = await validateStream("path" in input.source ? input.source.path : input.source.stdin, {
        format: input.format,
        lang: options.lang,
        file: input.name,
        recordType: options.recordType,
        maxIssues: budget,
        workers: options.workers,
        encoding: options.encoding,
        delimiter: options.delimiter,
        ...(options.profile === undefined ? {} : { profile: options.profile }),
        onProgress: (bytesRead) => progress.update(bytesRead),
      });
      budget = Math.max(0, budget - summary.issues.length);
      summaries.push(summary);
    } catch (error) {
      return { ok: false, error: failureText(error, input.name, messages) };
    } finally {
      progress.stop();
    }
  }
  return { ok: true, summaries };
}

/**
 * A read failure names the file and the system error code; anything else only the error's class. Never the
 * error's message: a parser's message can quote the bytes it choked on, and those may be a victim's name.
 */
function failureText(error: unknown, file: string, messages: CliMessages): string {
  if (isSystemError(error))
    return formatCli(messages.errors.unreadable, { file, reason: reasonOf(error, messages) });
  const name = error instanceof Error ? error.name : typeof error;
  return formatCli(messages.errors.internal, { file, name });
}
