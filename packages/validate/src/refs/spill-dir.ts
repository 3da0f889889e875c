import { mkdtempSync, openSync, rmSync } from "node:fs";
import { join } from "node:path";

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
    this.#path ??= mkdtempSync(join(this.#parent, "tip-validate-spill-"));
    const path = join(this.#path, `run-${this.#created++}`);
    return { path, fd: openSync(path, "wx", 0o600) };
  }

  /** Removes the directory and everything in it; safe to call more than once. */
  remove(): void {
    if (this.#path === undefined) return;
    rmSync(this.#path, { recursive: true, force: true });
    this.#path = undefined;
  }
}
