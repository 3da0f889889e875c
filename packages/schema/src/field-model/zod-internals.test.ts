import { readdirSync, readFileSync } from "node:fs";
import { join, relative, sep } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";

// zod's internals are read in this folder alone: every other module walks the field tree, so a change in
// zod's internals is met in one place. This test fails on any source file elsewhere that mentions them, in a
// package's sources and in its tests and test helpers (`src`, `test`) alike.

const ROOT = fileURLToPath(new URL("../../../../", import.meta.url));
const HOME = fileURLToPath(new URL("./", import.meta.url));
const INTERNALS = ["_", "zod"].join("");
const SOURCE = /\.(ts|tsx|mts|cts|js|mjs|cjs)$/;

function sourceFiles(folder: string): string[] {
  let entries: import("node:fs").Dirent[];
  try {
    entries = readdirSync(folder, { withFileTypes: true });
  } catch {
    return [];
  }
  return entries.flatMap((entry) => {
    const path = join(folder, entry.name);
    if (entry.isDirectory()) return entry.name === "node_modules" ? [] : sourceFiles(path);
    return SOURCE.test(entry.name) ? [path] : [];
  });
}

const packages = readdirSync(join(ROOT, "packages"), { withFileTypes: true }).filter((e) => e.isDirectory());
const FOLDERS = ["src", "test"];
const files = packages.flatMap((entry) =>
  FOLDERS.flatMap((folder) => sourceFiles(join(ROOT, "packages", entry.name, folder))),
);

describe("zod's internals", () => {
  it("are read by the field model alone", () => {
    const readers = files
      .filter((file) => !file.startsWith(HOME) && readFileSync(file, "utf8").includes(INTERNALS))
      .map((file) => relative(ROOT, file).split(sep).join("/"));
    expect(readers).toEqual([]);
  });

  it("are found where they are read, so the scan above sees every package's sources", () => {
    expect(packages.length).toBeGreaterThan(5);
    expect(files.length).toBeGreaterThan(200);
    const where = (part: string) => files.filter((file) => file.split(sep).includes(part)).length;
    expect(where("test"), "test folders").toBeGreaterThan(10);
    expect(where("testing"), "testing folders").toBeGreaterThan(3);
    const home = files.filter(
      (file) => file.startsWith(HOME) && readFileSync(file, "utf8").includes(INTERNALS),
    );
    expect(home.map((file) => relative(HOME, file))).toContain("build-field-tree.ts");
  });
});
