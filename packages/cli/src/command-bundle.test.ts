import { readdirSync, readFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { describe, expect, it } from "vitest";
import { CLI_PATH } from "./testing/spawn-cli.js";

// The command is one minified bundle (tsup.config.ts) for its start-up; these check what it must and must not
// carry. The other tests run it as users do.
const COMMAND_DIR = dirname(CLI_PATH);
const files = readdirSync(COMMAND_DIR).filter((name) => name.endsWith(".js"));
const text = files.map((name) => readFileSync(join(COMMAND_DIR, name), "utf8")).join("\n");

describe("the command bundle", () => {
  it("holds the validator's worker script beside its chunks, where the validator looks for it", () => {
    expect(files).toContain("ndjson-worker.js");
  });

  it("leaves zod's error-message locales out (the project's own messages replace them)", () => {
    // A word of zod's German locale, which a namespace read as a value or `import { z }` would pull in. ASCII:
    // the minified bundle writes non-ASCII letters as escapes (`Ung\xFCltige`).
    expect(text).not.toContain("Eingabe");
  });

  it("loads from node_modules the packages that read their own files at run time", () => {
    for (const name of ["iconv-lite", "@electric-sql/pglite", "exceljs"]) {
      expect(text, name).toMatch(new RegExp(`["']${name.replace("/", "\\/")}["']`));
    }
  });
});
