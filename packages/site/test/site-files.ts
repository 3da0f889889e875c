import { mkdtempSync, readdirSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, relative, sep } from "node:path";
import { type BuildSiteResult, buildSite } from "../src/public-api.js";

/** A site built into a temporary folder, with readers of its files. */
export interface BuiltSite {
  readonly dir: string;
  readonly result: BuildSiteResult;
  /** The text of a file, by its path from the site's root. */
  readonly read: (path: string) => string;
  /** Every file below a folder of the site (default the root), with `/` separators. */
  readonly list: (folder?: string) => string[];
  readonly remove: () => void;
}

/** Builds the site with `options` into a fresh temporary folder. */
export async function buildTempSite(
  options: Omit<Parameters<typeof buildSite>[0], "outDir"> = {},
): Promise<BuiltSite> {
  const dir = mkdtempSync(join(tmpdir(), "tip-site-"));
  const result = await buildSite({ ...options, outDir: dir });
  return {
    dir,
    result,
    read: (path) => readFileSync(join(dir, path), "utf8"),
    list: (folder = "") =>
      listFiles(join(dir, folder)).map((file) => relative(join(dir, folder), file).split(sep).join("/")),
    remove: () => rmSync(dir, { recursive: true, force: true }),
  };
}

function listFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) =>
    entry.isDirectory() ? listFiles(join(dir, entry.name)) : [join(dir, entry.name)],
  );
}
