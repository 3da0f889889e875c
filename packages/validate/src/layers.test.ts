import { readdirSync, readFileSync } from "node:fs";
import { dirname, join, relative, resolve, sep } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";

/**
 * The layers of `src/`, lowest first. A file may import from its own layer and the ones below it, never from
 * one above: reading bytes knows nothing of records, a record's checks know nothing of the whole stream.
 */
const LAYERS = ["shared", "io", "formats", "record", "refs", "summary", "report", "stream"] as const;

/** Files directly in `src/` sit above every layer: the public API lists what each layer offers. */
const TOP = LAYERS.length;

const SRC = dirname(fileURLToPath(import.meta.url));

/** The rank of the layer a file (relative to `src/`) belongs to; undefined for a folder that is no layer. */
function rankOf(file: string): number | undefined {
  const parts = file.split(/[\\/]/);
  if (parts.length === 1) return TOP;
  const rank = (LAYERS as readonly string[]).indexOf(parts[0] as string);
  return rank < 0 ? undefined : rank;
}

/** Relative module specifiers of a file: static imports and re-exports, `import("…")` types and calls. */
function relativeImports(text: string): string[] {
  const found: string[] = [];
  for (const match of text.matchAll(/(?:\bfrom\s*|\bimport\s*\(\s*|\bimport\s+)["'](\.{1,2}\/[^"']+)["']/g)) {
    found.push(match[1] as string);
  }
  return found;
}

/** Each import (of the given files, path relative to `src/` → text) that goes to a higher layer. */
function upwardImports(files: ReadonlyMap<string, string>): string[] {
  const wrong: string[] = [];
  for (const [file, text] of files) {
    const from = rankOf(file);
    for (const specifier of relativeImports(text)) {
      const target = relative(SRC, resolve(SRC, dirname(file), specifier))
        .split(sep)
        .join("/");
      const to = rankOf(target);
      if (from === undefined || to === undefined || to > from) wrong.push(`${file} -> ${target}`);
    }
  }
  return wrong;
}

/** Source files under `src/` (tests excluded: they may drive a layer from above). */
function sourceFiles(dir = SRC, found = new Map<string, string>()): Map<string, string> {
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) {
      if (entry.name !== "testing") sourceFiles(path, found);
    } else if (entry.name.endsWith(".ts") && !entry.name.endsWith(".test.ts")) {
      found.set(relative(SRC, path).split(sep).join("/"), readFileSync(path, "utf8"));
    }
  }
  return found;
}

describe("layers of src/", () => {
  it("no file imports from a higher layer, and every folder is a layer", () => {
    const files = sourceFiles();
    expect(files.size).toBeGreaterThan(50);
    expect(upwardImports(files)).toEqual([]);
  });

  it("finds an upward import, a dynamic one and a folder that is no layer", () => {
    const files = new Map([
      ["io/reader.ts", 'import { check } from "../record/check.js";'],
      ["formats/json/x.ts", 'type T = import("../../stream/entry.js").T;'],
      ["record/check.ts", 'export { bytes } from "../io/bytes.js";'],
      ["misc/thing.ts", 'import "../io/bytes.js";'],
      ["public-api.ts", 'export * from "./stream/entry.js";'],
    ]);
    expect(upwardImports(files)).toEqual([
      "io/reader.ts -> record/check.js",
      "formats/json/x.ts -> stream/entry.js",
      "misc/thing.ts -> io/bytes.js",
    ]);
  });
});
