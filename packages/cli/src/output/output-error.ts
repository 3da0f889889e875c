import type { CliCatalogue } from "../messages/messages.js";

/** Names an output or input by the option that gave it (`-o`, `--report`) or as the input. */
export type OutputRole = { readonly option: string } | { readonly input: true };

/**
 * An output that cannot be written, or a run that would overwrite its own input. It carries only option
 * names and a system error code, never a path or any content, so its text can be shown as it is.
 */
export class OutputError extends Error {
  constructor(
    readonly problem:
      | { readonly kind: "sameFile"; readonly first: OutputRole; readonly second: OutputRole }
      | { readonly kind: "unwritable"; readonly option: string; readonly code: string }
      | { readonly kind: "binaryToStdout"; readonly option: string }
      /** A folder output (`--output <dir>`) that names a file. */
      | { readonly kind: "notAFolder"; readonly option: string }
      /** A folder output that is, or holds, a file or folder the command reads. */
      | { readonly kind: "holdsInput"; readonly option: string }
      /** A folder output holding entries the command would replace, but which it did not write. */
      | { readonly kind: "notOwnFolder"; readonly option: string }
      | { readonly kind: "stdout"; readonly code: string },
  ) {
    super(problem.kind);
    this.name = "OutputError";
  }
}

/** The system error code of a thrown value (`ENOSPC`), or `UNKNOWN`. */
export function errorCode(error: unknown): string {
  const code = (error as NodeJS.ErrnoException | undefined)?.code;
  return typeof code === "string" ? code : "UNKNOWN";
}

/** Wraps a system error met while writing the output of `option`. */
export function unwritable(option: string, error: unknown): OutputError {
  if (error instanceof OutputError) return error;
  return new OutputError({ kind: "unwritable", option, code: errorCode(error) });
}

/** Why a file cannot be written, from the system error code alone, in the run's language. */
export function writeReason(code: string, messages: CliCatalogue): string {
  const { reasons } = messages.output;
  if (code === "ENOENT" || code === "ENOTDIR") return reasons.ENOENT;
  if (code === "EACCES" || code === "EPERM") return reasons.EACCES;
  if (code === "EISDIR" || code === "ENOSPC" || code === "EROFS") return reasons[code];
  return messages.format(reasons.other, { code: code.replace(/[^A-Z0-9_]/g, "") });
}

/** The text of an output error in the run's language. */
export function describeOutputError(error: OutputError, messages: CliCatalogue): string {
  const { problem } = error;
  const texts = messages.output;
  if (problem.kind === "unwritable") {
    return messages.format(texts.unwritable, {
      option: problem.option,
      reason: writeReason(problem.code, messages),
    });
  }
  if (problem.kind === "stdout") {
    return messages.format(texts.stdoutFailed, { reason: writeReason(problem.code, messages) });
  }
  if (problem.kind === "binaryToStdout")
    return messages.format(texts.binaryToStdout, { option: problem.option });
  if (problem.kind === "notAFolder") return messages.format(texts.notAFolder, { option: problem.option });
  if (problem.kind === "holdsInput") return messages.format(texts.holdsInput, { option: problem.option });
  if (problem.kind === "notOwnFolder") return messages.format(texts.notOwnFolder, { option: problem.option });
  const name = (role: OutputRole) => ("option" in role ? role.option : texts.input);
  return messages.format(texts.sameFile, { first: name(problem.first), second: name(problem.second) });
}
