import { mkdtempSync, openSync, rmSync } from "node:fs";
import { join } from "node:path";

/** Spill directories that exist now, so an interrupted process can remove them (`removeSpillDirs`). */
const liveDirs = new Set<string>();

/**
 * Removes every spill directory this process made and has not removed yet. Synchronous, for a signal handler
 * that exits the process right after: `finish` and `close` never run then, and the runs must not stay behind.
 */
export function removeSpillDirs(): void {
  for (const path of liveDirs) rmSync(path, { recursive: true, force: true });
  liveDirs.clear();
}

/**
 * A private temporary directory for sorted runs, made on first use with `mkdtemp` (mode 0o700, a fresh random
 * name) so other users of the machine can neither read nor plant files in it. The files hold only packed ids,
 * record types and positions (record index, line): no other field of a record, no text.
 */
export class SpillDir {
  readonly #parent: string;
  #path: string | undefined;
  #created = 0;

  /** `parent`: where the directory is made, such as `os.tmpdir()`. Nothing is made until a file is. */
  constructor(parent: string) {
    this.#parent = parent;
  }

  /** The directory, once made and until removed. */
  get path(): string | undefined {
    return this.#path;
  }

  /** Files made so far (for tests and figures). */
  get filesCreated(): number {
    return this.#created;
  }

  /** Makes a new file only this user can read and write; returns its path and a descriptor to write it. */
  create(): { path: string; fd: number } {
    if (this.#path === undefined) {
      this.#path = mkdtempSync(join(this.#parent, "tip-validate-spill-"));
      liveDirs.add(this.#path);
    }
    const path = join(this.#path, `run-${this.#created++}`);
    return { path, fd: openSync(path, "wx", 0o600) };
  }

  /** Removes the directory and everything in it; safe to call more than once. */
  remove(): void {
    if (this.#path === undefined) return;
    rmSync(this.#path, { recursive: true, force: true });
    liveDirs.delete(this.#path);
    this.#path = undefined;
  }
}
