import { constants } from "node:fs";
import { access, stat } from "node:fs/promises";
import { resolve } from "node:path";
import { Readable } from "node:stream";
import type { CliIo } from "../io.js";
import type { CliMessages } from "../messages/cli-messages.js";
import { formatCli } from "../messages/messages.js";
import { formatOfFileName, type InputFormat } from "./input-format.js";
import { reasonOf } from "./read-error.js";

/** The file argument that means standard input. */
export const STDIN_ARGUMENT = "-";

/** One input to check: a readable file (with its size when it has one) or standard input. */
export interface Input {
  /** The name as given on the command line, used in reports. */
  readonly name: string;
  readonly source:
    | { readonly path: string; readonly size: number | undefined }
    | { readonly stdin: NodeJS.ReadableStream };
  readonly format: InputFormat;
}

/** Inputs ready to check, or the localised reasons some cannot be. */
export type ResolvedInputs =
  | { readonly ok: true; readonly inputs: readonly Input[] }
  | { readonly ok: false; readonly errors: readonly string[] };

/**
 * Checks, before any validation starts, that every input can be read and its format is known, so a typo in the
 * last file name fails at once rather than after a long first file.
 */
export async function resolveInputs(
  names: readonly string[],
  inputFormat: InputFormat | undefined,
  io: CliIo,
  messages: CliMessages,
): Promise<ResolvedInputs> {
  const texts = messages.errors;
  const inputs: Input[] = [];
  const errors: string[] = [];
  let stdinTaken = false;
  for (const name of names) {
    if (name === STDIN_ARGUMENT) {
      if (stdinTaken) errors.push(texts.stdinTwice);
      else if (!inputFormat) errors.push(texts.stdinNeedsFormat);
      else inputs.push({ name, source: { stdin: io.stdin ?? Readable.from([]) }, format: inputFormat });
      stdinTaken = true;
      continue;
    }
    const path = resolve(io.cwd ?? process.cwd(), name);
    const readable = await readableSize(path);
    if (!isReadable(readable)) {
      errors.push(formatCli(texts.unreadable, { file: name, reason: reasonOf(readable, messages) }));
      continue;
    }
    const format = inputFormat ?? formatOfFileName(name);
    if (format === undefined) errors.push(formatCli(texts.unknownExtension, { file: name }));
    else inputs.push({ name, source: { path, size: readable.size }, format });
  }
  return errors.length > 0 ? { ok: false, errors } : { ok: true, inputs };
}

/**
 * The size of a readable file (undefined for a pipe or device, e.g. `<(zcat export.ndjson.gz)`), or why it
 * cannot be read: a system error, or `"notAFile"` for a socket and the like. Only `stat` and `access` are
 * used: opening a named pipe would wait for a writer, and a writer would lose what it wrote to this probe.
 */
async function readableSize(path: string): Promise<{ size: number | undefined } | unknown> {
  try {
    const stats = await stat(path);
    if (stats.isDirectory()) return Object.assign(new Error("EISDIR"), { code: "EISDIR" });
    if (!stats.isFile() && !stats.isFIFO() && !stats.isCharacterDevice()) return "notAFile";
    await access(path, constants.R_OK);
    return { size: stats.isFile() ? stats.size : undefined };
  } catch (error) {
    return error;
  }
}

/** Whether `readableSize` found the file readable. */
function isReadable(result: unknown): result is { size: number | undefined } {
  return typeof result === "object" && result !== null && "size" in result;
}
