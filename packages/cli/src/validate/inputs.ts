import { constants } from "node:fs";
import { access, stat } from "node:fs/promises";
import { resolve } from "node:path";
import { Readable } from "node:stream";
import { formatOfFileName, type InputFormat } from "@tip/validate";
import type { CliIo } from "../io.js";
import type { CliCatalogue } from "../messages/messages.js";

import { reasonOf } from "./read-error.js";

/** The file argument that means standard input. */
export const STDIN_ARGUMENT = "-";

/** One input to check: a readable file (with its size when it has one) or standard input. */
export interface Input {
  /** The name as given on the command line (or matched by a pattern), used in reports. */
  readonly name: string;
  readonly source:
    | { readonly path: string; readonly size: number | undefined }
    | { readonly stdin: AsyncIterable<Uint8Array | string> };
  /** Undefined for standard input without `--input-format`: its first bytes tell. */
  readonly format: InputFormat | undefined;
}

/** Inputs ready to check, or the localised reasons some cannot be; `missing` when there is no input at all. */
export type ResolvedInputs =
  | { readonly ok: true; readonly inputs: readonly Input[] }
  | { readonly ok: false; readonly errors: readonly string[]; readonly missing?: true };

/**
 * Checks, before any validation starts, that every input can be read and its format is known, so a typo in the
 * last file name fails at once rather than after a long first file. A pattern (`exports/*.ndjson`) that is
 * not itself a file stands for the files it matches, in name order. With no argument, a pipe on standard
 * input is read (an empty one counts as no input).
 */
export async function resolveInputs(
  names: readonly string[],
  inputFormat: InputFormat | undefined,
  io: CliIo,
  messages: CliCatalogue,
): Promise<ResolvedInputs> {
  const texts = messages.errors;
  const cwd = io.cwd ?? process.cwd();
  if (names.length === 0) {
    const piped = io.stdin !== undefined && (io.stdin as { isTTY?: boolean }).isTTY !== true;
    const stdin = piped ? await nonEmpty(io.stdin as NodeJS.ReadableStream) : undefined;
    if (stdin === undefined) return { ok: false, errors: [], missing: true };
    return { ok: true, inputs: [{ name: STDIN_ARGUMENT, source: { stdin }, format: inputFormat }] };
  }
  const inputs: Input[] = [];
  const errors: string[] = [];
  let stdinTaken = false;
  for (const name of await expandPatterns(names, cwd, errors, messages)) {
    if (name === STDIN_ARGUMENT) {
      if (stdinTaken) errors.push(texts.stdinTwice);
      else inputs.push({ name, source: { stdin: io.stdin ?? Readable.from([]) }, format: inputFormat });
      stdinTaken = true;
      continue;
    }
    const path = resolve(cwd, name);
    const readable = await readableSize(path);
    if (!isReadable(readable)) {
      errors.push(messages.format(texts.unreadable, { file: name, reason: reasonOf(readable, messages) }));
      continue;
    }
    const format = inputFormat ?? formatOfFileName(name);
    if (format === undefined) errors.push(messages.format(texts.unknownExtension, { file: name }));
    else inputs.push({ name, source: { path, size: readable.size }, format });
  }
  return errors.length > 0 ? { ok: false, errors } : { ok: true, inputs };
}

/** Characters that any glob pattern holds: a name without them is a plain path and tinyglobby is not loaded. */
export const PATTERN_CHARACTERS = /[*?[\]{}()!@+|\\]/;

/**
 * The arguments with each pattern replaced by the files it matches. An argument that names an existing path
 * is kept as it is, even with `*` or `[` in its name; a pattern that matches nothing is an error.
 */
async function expandPatterns(
  names: readonly string[],
  cwd: string,
  errors: string[],
  messages: CliCatalogue,
): Promise<string[]> {
  const expanded: string[] = [];
  for (const name of names) {
    if (name === STDIN_ARGUMENT || !PATTERN_CHARACTERS.test(name)) {
      expanded.push(name);
      continue;
    }
    const { glob, isDynamicPattern } = await import("tinyglobby");
    if (!isDynamicPattern(name) || (await exists(resolve(cwd, name)))) {
      expanded.push(name);
      continue;
    }
    const matches = await glob(name, { cwd, onlyFiles: true, expandDirectories: false });
    if (matches.length === 0) errors.push(messages.format(messages.errors.noMatch, { pattern: name }));
    expanded.push(...matches.sort());
  }
  return expanded;
}

async function exists(path: string): Promise<boolean> {
  return stat(path).then(
    () => true,
    () => false,
  );
}

/** Standard input, with its first chunk read to tell whether anything comes: undefined when it is empty. */
async function nonEmpty(
  stdin: NodeJS.ReadableStream,
): Promise<AsyncIterable<Uint8Array | string> | undefined> {
  const iterator = (stdin as AsyncIterable<Uint8Array | string>)[Symbol.asyncIterator]();
  const first = await iterator.next();
  if (first.done) return undefined;
  async function* replay(): AsyncGenerator<Uint8Array | string> {
    yield first.value as Uint8Array | string;
    for (;;) {
      const next = await iterator.next();
      if (next.done) return;
      yield next.value;
    }
  }
  return replay();
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
