import { mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { afterAll, describe, expect, it } from "vitest";
// @ts-expect-error: a plain script of the repository, without declarations.
import { findImportCycles, packageSources } from "../../../scripts/test/import-cycles.mjs";
import { tempDir } from "./testing/temp-dir.js";

const tmp = tempDir("tip-cycles-");
afterAll(() => tmp.remove());

const root = fileURLToPath(new URL("../../..", import.meta.url));

describe("import cycles", () => {
  it("no package's src has an import cycle (type-only imports included)", () => {
    const folders: string[] = packageSources(root);
    expect(folders.length).toBeGreaterThanOrEqual(8);
    expect(findImportCycles(folders, root)).toEqual([]);
  });

  it("finds a cycle through a type-only import, a re-export and a self-import; not one in a string", () => {
    const src = join(tmp.dir, "src");
    mkdirSync(join(src, "deep"), { recursive: true });
    writeFileSync(join(src, "a.ts"), 'import { b } from "./deep/b.js";\nexport const a = b;\n');
    writeFileSync(join(src, "deep/b.ts"), 'import type { C } from "../c.js";\nexport const b: C = 1;\n');
    writeFileSync(join(src, "c.ts"), 'export * from "./a.js";\nexport type C = number;\n');
    writeFileSync(join(src, "self.ts"), 'export { self } from "./self.js";\nexport const self = 1;\n');
    writeFileSync(join(src, "quoted.ts"), 'export const text = `import "./quoted.js"`;\n');
    expect(findImportCycles([src], tmp.dir)).toEqual([
      ["src/self.ts"],
      ["src/a.ts", "src/c.ts", "src/deep/b.ts"],
    ]);
  });
});
