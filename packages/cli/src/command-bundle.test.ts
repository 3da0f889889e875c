import { readdirSync, readFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { describe, expect, it } from "vitest";
import { CLI_PATH } from "./testing/spawn-cli.js";

// The command is one minified bundle (tsup.config.ts) for its start-up; these check what it must and must not
// carry. The other tests run it as users do.
const COMMAND_DIR = dirname(CLI_PATH);
const files = readdirSync(COMMAND_DIR).filter((name) => name.endsWith(".js"));
const read = (name: string) => readFileSync(join(COMMAND_DIR, name), "utf8");
const text = files.map(read).join("\n");

/** The files Node loads before the command's own code runs: cli.js and what it imports, not `import()`s. */
function startupFiles(): Set<string> {
  const loaded = new Set<string>();
  const pending = ["cli.js"];
  for (let name = pending.pop(); name !== undefined; name = pending.pop()) {
    if (loaded.has(name)) continue;
    loaded.add(name);
    // `import{a as b}from"./chunk-X.js"` and `import"./chunk-X.js"`; `import("./x.js")` has a parenthesis.
    for (const match of read(name).matchAll(/(?:\bfrom|\bimport)\s*"\.\/([\w.-]+\.js)"/g))
      pending.push(match[1] as string);
  }
  return loaded;
}

describe("the command bundle", () => {
  it("holds the validator's worker script beside its chunks, where the validator looks for it", () => {
    expect(files).toContain("ndjson-worker.js");
  });

  it("leaves zod's error-message locales out (the project's own messages replace them)", () => {
    // A word of zod's German locale, which a namespace read as a value or `import { z }` would pull in. ASCII:
    // the minified bundle writes non-ASCII letters as escapes (`Ung\xFCltige`).
    expect(text).not.toContain("Eingabe");
  });

  it("starts without zod and the schemas: `tip --version` and `--help` build none, each command loads them", () => {
    const startup = startupFiles();
    expect(startup.size).toBeGreaterThan(1);
    // A class name zod's core passes as a string, so the minified bundle keeps it.
    expect(text).toContain("$ZodType");
    for (const name of startup) expect(read(name), name).not.toContain("$ZodType");
  });

  it("loads from node_modules the packages that read their own files at run time", () => {
    for (const name of ["iconv-lite", "@electric-sql/pglite", "exceljs"]) {
      expect(text, name).toMatch(new RegExp(`["']${name.replace("/", "\\/")}["']`));
    }
  });
});
