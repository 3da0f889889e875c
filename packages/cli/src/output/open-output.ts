import { randomBytes } from "node:crypto";
import { once } from "node:events";
import { type FileHandle, open, rename, rm, stat } from "node:fs/promises";
import { basename, dirname, join, resolve } from "node:path";
import type { CliIo } from "../io.js";
import { errorCode, OutputError, unwritable } from "./output-error.js";
import { trackTempFile, untrackTempFile } from "./temp-files.js";

/** Where a command writes: a file given by `option`, or standard output when `path` is undefined or `-`. */
export interface OutputTarget {
  /** The option that named it (`-o`, `--report`), used in messages instead of the path. */
  readonly option: string;
  readonly path?: string;
}

/** An output being written. Nothing is under the asked-for name until `commit`; `abort` leaves nothing. */
export interface Output {
  write(chunk: string | Uint8Array): Promise<void>;
  /** Finishes the output: a regular file is moved into place (atomically, same folder). */
  commit(): Promise<void>;
  /** Drops what was written to a regular file; safe after `commit` and more than once. */
  abort(): Promise<void>;
}

/** New files get this mode (owner only: they may hold victim records); a replaced file keeps its own. */
const NEW_FILE_MODE = 0o600;
/** Text is gathered up to this size before each write, so small chunks do not cost a system call each. */
const BUFFER_BYTES = 64 * 1024;

/** The absolute path of a target, or undefined for standard output. */
export function targetPath(target: OutputTarget, io: CliIo): string | undefined {
  return runPath(target.path, io);
}

/** A path given on the command line, resolved against the run's folder; undefined when absent or `-` (a standard stream). */
export function runPath(path: string | undefined, io: CliIo): string | undefined {
  return path === undefined || path === "-" ? undefined : resolve(io.cwd ?? process.cwd(), path);
}

/**
 * Opens an output. A regular file (or a new one) is written to a temporary file beside it and renamed over it
 * on `commit`, so a failed or interrupted run never leaves half a file under its name, and the temporary file
 * is removed even on SIGINT/SIGTERM. A device or named pipe (`/dev/null`, `mkfifo`) is written directly:
 * replacing it by a regular file would be wrong. Every failure is an `OutputError` naming the option.
 */
export async function openOutput(target: OutputTarget, io: CliIo): Promise<Output> {
  const path = targetPath(target, io);
  if (path === undefined) return stdoutOutput(io);
  const stats = await stat(path).catch((error: unknown) => {
    if (errorCode(error) === "ENOENT") return undefined;
    throw unwritable(target.option, error);
  });
  if (stats?.isDirectory())
    throw new OutputError({ kind: "unwritable", option: target.option, code: "EISDIR" });
  if (stats !== undefined && !stats.isFile()) return fileOutput(target.option, path, undefined);
  return fileOutput(target.option, path, stats === undefined ? NEW_FILE_MODE : stats.mode & 0o7777);
}

/** Writes a whole text or byte content to a target at once (reports, generated files). */
export async function writeWholeOutput(target: OutputTarget, content: string | Uint8Array, io: CliIo) {
  const output = await openOutput(target, io);
  try {
    await output.write(content);
    await output.commit();
  } catch (error) {
    await output.abort();
    throw error;
  }
}

/** `mode` undefined: write the path directly (a device or pipe); else through a temporary file. */
async function fileOutput(option: string, path: string, mode: number | undefined): Promise<Output> {
  const temp =
    mode === undefined
      ? undefined
      : join(dirname(path), `.${basename(path)}.${randomBytes(6).toString("hex")}.tmp`);
  let handle: FileHandle;
  try {
    handle = temp === undefined ? await open(path, "w") : await open(temp, "wx", NEW_FILE_MODE);
  } catch (error) {
    throw unwritable(option, error);
  }
  if (temp !== undefined) trackTempFile(temp);
  let pending: string[] = [];
  let pendingLength = 0;
  let closed = false;
  const flush = async () => {
    if (pending.length === 0) return;
    const text = pending.join("");
    pending = [];
    pendingLength = 0;
    await handle.writeFile(text);
  };
  const close = async () => {
    if (closed) return;
    closed = true;
    await handle.close();
  };
  return {
    async write(chunk) {
      try {
        if (typeof chunk === "string") {
          pending.push(chunk);
          pendingLength += chunk.length;
          if (pendingLength >= BUFFER_BYTES) await flush();
        } else {
          await flush();
          await handle.writeFile(chunk);
        }
      } catch (error) {
        throw unwritable(option, error);
      }
    },
    async commit() {
      try {
        await flush();
        if (temp !== undefined && mode !== undefined) await handle.chmod(mode);
        await close();
        if (temp !== undefined) {
          await rename(temp, path);
          untrackTempFile(temp);
        }
      } catch (error) {
        throw unwritable(option, error);
      }
    },
    async abort() {
      await close().catch(() => undefined);
      if (temp === undefined) return;
      await rm(temp, { force: true }).catch(() => undefined);
      untrackTempFile(temp);
    },
  };
}

/** Standard output: text only, waiting when a pipe is full; a failure to write is an `OutputError`. */
function stdoutOutput(io: CliIo): Output {
  const emitter = "once" in io.stdout ? (io.stdout as unknown as NodeJS.EventEmitter) : undefined;
  return {
    async write(chunk) {
      if (typeof chunk !== "string") throw new OutputError({ kind: "binaryToStdout", option: "-o" });
      try {
        if (io.stdout.write(chunk) === false && emitter) await once(emitter, "drain");
      } catch (error) {
        throw new OutputError({ kind: "stdout", code: errorCode(error) });
      }
    },
    commit: async () => undefined,
    abort: async () => undefined,
  };
}
