import { type FileInput, type FilesResult, InputError, validateFiles } from "@tip/validate";
import type { CliIo } from "../io.js";
import type { CliCatalogue } from "../messages/messages.js";
import { messagesFor } from "../messages/messages.js";
import type { Output } from "../output/open-output.js";
import type { Input } from "./inputs.js";
import type { ValidateOptions } from "./options.js";
import { type Progress, startProgress } from "./progress.js";
import { reasonOf } from "./read-error.js";

/** What `@tip/validate` found, with the valid records written; or the localised reason checking stopped. */
export type CheckOutcome =
  | { readonly ok: true; readonly result: FilesResult; readonly validWritten: number }
  | { readonly ok: false; readonly error: string };

/**
 * Checks the inputs with `validateFiles`, a progress bar on stderr for each large file, and the valid
 * records written to `validOutput` when `--valid-only` asked for them.
 */
export async function checkInputs(
  inputs: readonly Input[],
  options: ValidateOptions,
  io: CliIo,
  validOutput: Output | undefined,
): Promise<CheckOutcome> {
  const messages = await messagesFor(options.lang);
  let progress: Progress | undefined;
  let current = -1;
  let validWritten = 0;
  try {
    const result = await validateFiles(inputs.map(toFileInput), {
      lang: options.lang,
      recordType: options.recordType,
      maxIssues: options.maxIssues,
      workers: options.workers,
      encoding: options.encoding,
      delimiter: options.delimiter,
      ...(options.profile === undefined ? {} : { profile: options.profile }),
      onProgress: ({ index, file, bytesRead }) => {
        if (index !== current) {
          progress?.stop();
          current = index;
          const source = inputs[index]?.source;
          const size = source !== undefined && "path" in source ? source.size : undefined;
          progress = startProgress(io, messages.format(messages.validate.progress, { file }), size);
        }
        progress?.update(bytesRead);
      },
      ...(validOutput !== undefined && {
        onValidRecord: async (json: string) => {
          validWritten++;
          await validOutput.write(`${json}\n`);
        },
      }),
    });
    return { ok: true, result, validWritten };
  } catch (error) {
    if (error instanceof InputError) return { ok: false, error: inputErrorText(error, messages) };
    // Never the error's message: a parser's message can quote the bytes it choked on (a victim's name).
    const name = error instanceof Error ? error.name : typeof error;
    return {
      ok: false,
      error: messages.format(messages.errors.internal, { file: inputs[current]?.name ?? "-", name }),
    };
  } finally {
    progress?.stop();
  }
}

function toFileInput(input: Input): FileInput {
  const source = "path" in input.source ? input.source.path : input.source.stdin;
  return { source, name: input.name, ...(input.format !== undefined && { format: input.format }) };
}

/** An input that could not be checked, named as given; a system error by its code, never its message. */
function inputErrorText(error: InputError, messages: CliCatalogue): string {
  const texts = messages.errors;
  if (error.reason === "unknown_format") return texts.stdinNeedsFormat;
  if (error.reason === "not_rereadable")
    return messages.format(texts.validOnlyNeedsFiles, { file: error.file });
  return messages.format(texts.unreadable, { file: error.file, reason: reasonOf(error.cause, messages) });
}
