import { existsSync, mkdirSync, renameSync } from "node:fs";
import { mkdir, mkdtemp, readFile, realpath, rm, rmdir, stat, writeFile } from "node:fs/promises";
import { basename, dirname, isAbsolute, join, normalize, resolve, sep } from "node:path";
import type { CliIo } from "../io.js";
import { errorCode, OutputError, unwritable } from "./output-error.js";
import { trackTempFile, untrackTempFile } from "./temp-files.js";

/** A folder a command writes many files into (`tip docs --output <dir>`). */
export interface FolderTarget {
  /** The option that named it, used in messages instead of the path. */
  readonly option: string;
  readonly path: string;
}

/** What a folder output may replace, and what it must leave alone. */
export interface FolderRules {
  /**
   * Top-level entries the command owns: each is replaced as a whole (so nothing stale stays), anything else in
   * the folder is kept. Every top-level entry of the files written must be one of them.
   */
  readonly owned: readonly string[];
  /**
   * A file of a previous run and a text it holds (`index.html` with its generator mark): an owned entry that
   * already exists is replaced only when this file says a previous run wrote the folder, so a folder of
   * someone's own files (an `assets/` of theirs) is refused, never emptied.
   */
  readonly mark: { readonly file: string; readonly text: string };
  /** Files or folders the command reads: a folder holding one (or being one) is refused. */
  readonly inputs: readonly string[];
}

/**
 * Writes a folder of files as one output. Refused before anything is written (an `OutputError`, exit 2): a
 * target that is a file, one whose parent folder is missing, one that holds (or is) an input, one whose owned
 * entries were not written by the command. The files are written into a temporary folder inside the target
 * (created if missing, never its parents), then each owned entry is swapped in with a rename, all at once
 * between two signals; the temporary folder, holding the replaced entries, is removed afterwards, and on
 * SIGINT/SIGTERM before that (with the target, when the run created it). A failure while writing (a full disk)
 * leaves the folder as it was. Files get the usual permissions: a folder output is meant to be shared
 * (a documentation site a web server reads), unlike files of records.
 */
export async function writeFolderOutput(
  target: FolderTarget,
  files: ReadonlyMap<string, string | Uint8Array>,
  rules: FolderRules,
  io: CliIo,
): Promise<void> {
  const { option } = target;
  const path = resolve(io.cwd ?? process.cwd(), target.path);
  const entries = topEntries(files, rules.owned);
  const existing = await stat(path).catch((error: unknown) => {
    if (errorCode(error) === "ENOENT") return undefined;
    throw unwritable(option, error);
  });
  if (existing !== undefined && !existing.isDirectory())
    throw new OutputError({ kind: "notAFolder", option });
  await refuseInputs(option, path, existing !== undefined, rules.inputs);
  if (existing !== undefined) await refuseForeign(option, path, rules);

  const created = existing === undefined;
  if (created) {
    await mkdir(path).catch((error: unknown) => {
      throw unwritable(option, error);
    });
    trackTempFile(path);
  }
  let temp: string | undefined;
  try {
    temp = await mkdtemp(join(path, ".tip-output-"));
    trackTempFile(temp);
    for (const [name, content] of files) {
      const file = join(temp, name);
      await mkdir(dirname(file), { recursive: true });
      await writeFile(file, content);
    }
    await mkdir(join(temp, REPLACED));
  } catch (error) {
    await discard(temp, created ? path : undefined);
    throw unwritable(option, error);
  }
  try {
    // Synchronous: a signal is handled only once every entry is in place.
    if (created) untrackTempFile(path);
    swapIn(path, temp, entries, rules.owned);
  } catch (error) {
    await discard(temp, created ? path : undefined);
    throw unwritable(option, error);
  }
  await discard(temp, undefined);
}

/** The folder, inside the temporary one, that receives the entries a run replaces. */
const REPLACED = ".replaced";

/** The top-level entries of the files; each must be owned, and no path may leave the folder. */
function topEntries(files: ReadonlyMap<string, unknown>, owned: readonly string[]): string[] {
  const entries = new Set<string>();
  for (const name of files.keys()) {
    const clean = normalize(name);
    if (isAbsolute(clean) || clean === ".." || clean.startsWith(`..${sep}`) || clean.startsWith(REPLACED))
      throw new Error(`A folder output cannot write ${name}`);
    const top = clean.split(sep)[0] as string;
    if (!owned.includes(top)) throw new Error(`A folder output does not own ${top}`);
    entries.add(top);
  }
  return [...entries];
}

/** Refuses a target that is, or holds, one of the inputs (compared by real path). */
async function refuseInputs(option: string, path: string, exists: boolean, inputs: readonly string[]) {
  const real = exists
    ? await realpath(path)
    : join(
        await realpath(dirname(path)).catch((error: unknown) => {
          throw unwritable(option, error);
        }),
        basename(path),
      );
  for (const input of inputs) {
    const inputReal = await realpath(input).catch(() => undefined);
    if (inputReal !== undefined && (inputReal === real || inputReal.startsWith(real + sep)))
      throw new OutputError({ kind: "holdsInput", option });
  }
}

/** Refuses a folder whose owned entries exist but were not written by a previous run. */
async function refuseForeign(option: string, path: string, rules: FolderRules) {
  if (!rules.owned.some((entry) => existsSync(join(path, entry)))) return;
  const marked = await readFile(join(path, rules.mark.file), "utf8").then(
    (text) => text.includes(rules.mark.text),
    () => false,
  );
  if (!marked) throw new OutputError({ kind: "notOwnFolder", option });
}

/**
 * Moves every owned entry of the folder into the temporary folder's `.replaced`, then every new entry into the
 * folder. On a failure, puts back what was moved, then throws.
 */
function swapIn(path: string, temp: string, entries: readonly string[], owned: readonly string[]): void {
  const moved: [from: string, to: string][] = [];
  const move = (from: string, to: string) => {
    renameSync(from, to);
    moved.push([from, to]);
  };
  try {
    for (const entry of owned) {
      if (existsSync(join(path, entry))) move(join(path, entry), join(temp, REPLACED, entry));
    }
    for (const entry of entries) move(join(temp, entry), join(path, entry));
  } catch (error) {
    for (const [from, to] of moved.reverse()) {
      try {
        if (!existsSync(dirname(from))) mkdirSync(dirname(from), { recursive: true });
        renameSync(to, from);
      } catch {
        // Best effort: the rest is still put back.
      }
    }
    throw error;
  }
}

/** Removes the temporary folder, and the target when the run created it, and forgets them. */
async function discard(temp: string | undefined, created: string | undefined): Promise<void> {
  if (temp !== undefined) {
    await rm(temp, { recursive: true, force: true }).catch(() => undefined);
    untrackTempFile(temp);
  }
  if (created !== undefined) {
    await rmdir(created).catch(() => undefined);
    untrackTempFile(created);
  }
}
