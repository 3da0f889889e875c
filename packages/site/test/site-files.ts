import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join, relative, sep } from "node:path";
import { type BuildSiteResult, buildSite } from "../src/public-api.js";
import { idsOf, linksOf } from "./html-scan.js";

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

/** Every broken local link of the site: a missing file, or a fragment with no such id in its target. */
export function brokenLinks(built: BuiltSite): string[] {
  const idCache = new Map<string, Set<string>>();
  const idsIn = (file: string) => {
    let ids = idCache.get(file);
    if (!ids) {
      ids = idsOf(readFileSync(file, "utf8"));
      idCache.set(file, ids);
    }
    return ids;
  };
  const broken: string[] = [];
  for (const page of built.list().filter((file) => file.endsWith(".html") && !file.startsWith("api/"))) {
    const from = join(built.dir, page);
    for (const link of linksOf(built.read(page))) {
      if (/^(https?:|mailto:|data:)/.test(link)) continue;
      const [path = "", fragment] = link.split("#");
      const target = path === "" ? from : join(dirname(from), decodeURIComponent(path));
      if (!existsSync(target)) broken.push(`${page}: ${link} (no file)`);
      else if (fragment && !idsIn(target).has(decodeURIComponent(fragment)))
        broken.push(`${page}: ${link} (no id)`);
    }
  }
  return broken;
}
