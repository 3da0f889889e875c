import { readdirSync, readFileSync } from "node:fs";
import { dirname, join, relative } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { vectorFiles } from "./build-vectors.js";

const root = join(dirname(fileURLToPath(import.meta.url)), "..", "..", "vectors");

function jsonFilesUnder(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return jsonFilesUnder(path);
    return entry.name.endsWith(".json") ? [relative(root, path).split("\\").join("/")] : [];
  });
}

describe("committed vectors", () => {
  const expected = vectorFiles();

  it("are exactly the generated files (run `npm run generate -w @tip/testkit` when this fails)", () => {
    expect(jsonFilesUnder(root).sort()).toEqual(Object.keys(expected).sort());
    for (const [path, content] of Object.entries(expected)) {
      expect(readFileSync(join(root, path), "utf8"), path).toBe(content);
    }
  });
});
