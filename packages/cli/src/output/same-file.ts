import { realpath, stat } from "node:fs/promises";
import { basename, dirname, join } from "node:path";
import type { CliIo } from "../io.js";
import { runPath } from "./open-output.js";
import { OutputError, type OutputRole } from "./output-error.js";

/** A file a run reads or writes, named by its role for messages. */
export interface RunFile {
  readonly role: OutputRole;
  /** Absolute path; undefined for standard input or output. */
  readonly path: string | undefined;
  readonly writes: boolean;
}

/** Files a run reads in one role (`--trust a b`), resolved against its folder; `-` (standard input) is none. */
export function readFiles(role: OutputRole, paths: readonly string[], io: CliIo): RunFile[] {
  return paths.map((path) => ({ role, path: runPath(path, io), writes: false }));
}

/** The file a run writes for `option`, resolved against its folder; absent or `-` (standard output) is none. */
export function writtenFile(option: string, path: string | undefined, io: CliIo): RunFile {
  return { role: { option }, path: runPath(path, io), writes: true };
}

/**
 * What makes two paths the same file: device and inode for an existing regular file (so hard links and
 * symbolic links count), the real path of its folder and its name for one that does not exist yet. Devices
 * and pipes have none: writing the report and the output to `/dev/null` is fine.
 */
async function identityOf(path: string): Promise<string | undefined> {
  const stats = await stat(path).catch(() => undefined);
  if (stats !== undefined) return stats.isFile() ? `inode:${stats.dev}:${stats.ino}` : undefined;
  const folder = await realpath(dirname(path)).catch(() => undefined);
  return folder === undefined ? undefined : `path:${join(folder, basename(path))}`;
}

/**
 * Refuses a run that would write over one of its own inputs or write two outputs to one file: returns the
 * error naming both roles, or undefined when every file written is distinct from every other file.
 */
export async function checkDistinctFiles(files: readonly RunFile[]): Promise<OutputError | undefined> {
  const seen: { file: RunFile; identity: string }[] = [];
  for (const file of files) {
    if (file.path === undefined) continue;
    const identity = await identityOf(file.path);
    if (identity === undefined) continue;
    const clash = seen.find((other) => other.identity === identity && (other.file.writes || file.writes));
    if (clash) return new OutputError({ kind: "sameFile", first: clash.file.role, second: file.role });
    seen.push({ file, identity });
  }
  return undefined;
}
