import { existsSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { expect } from "vitest";

/** Run the tests with `UPDATE_FIXTURES=1` to (re)write the `expected.*` files after a deliberate change. */
const UPDATE = process.env.UPDATE_FIXTURES === "1";

/** One fixture folder: `input.*` and `expected.*` files. */
export interface FixtureCase {
  readonly name: string;
  readonly dir: string;
  /** The file of that name in the folder, or `undefined`. */
  file(name: string): string | undefined;
}

/** The fixture folders under `fixtures/` beside a test file (`import.meta.url`). */
export function fixtureCases(testUrl: string): FixtureCase[] {
  const root = fileURLToPath(new URL("./fixtures/", testUrl));
  return readdirSync(root, { withFileTypes: true })
    .filter((entry) => entry.isDirectory())
    .map((entry) => {
      const dir = join(root, entry.name);
      return {
        name: entry.name,
        dir,
        file: (name: string) => (existsSync(join(dir, name)) ? join(dir, name) : undefined),
      };
    });
}

/** Reads a fixture text file. */
export function readText(path: string): string {
  return readFileSync(path, "utf8");
}

/** Compares text with an expected file (or writes it under `UPDATE_FIXTURES=1`). */
export function expectFile(actual: string, path: string): void {
  if (UPDATE || !existsSync(path)) writeFileSync(path, actual);
  expect(actual).toBe(readFileSync(path, "utf8"));
}

/**
 * Compares a value with an expected JSON file (or writes it under `UPDATE_FIXTURES=1`). Compared as data,
 * not text, so the formatter may lay the file out as it likes.
 */
export function expectJsonFile(actual: unknown, path: string): void {
  if (UPDATE || !existsSync(path)) writeFileSync(path, `${JSON.stringify(actual, null, 2)}\n`);
  expect(JSON.parse(JSON.stringify(actual))).toEqual(JSON.parse(readFileSync(path, "utf8")));
}
