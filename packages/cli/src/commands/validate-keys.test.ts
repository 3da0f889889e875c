import { readFileSync } from "node:fs";
import { join } from "node:path";
import { LOCALES } from "@tip/schema";
import { afterAll, describe, expect, it } from "vitest";
import { run } from "../run.js";
import {
  accentedVictim,
  CANARY,
  csvOf,
  flatCsvRows,
  hostileKeysVictim,
  toBundleJson,
  toNdjson,
  validRecords,
  withCanaryNamespace,
  withHostileHeader,
} from "../testing/hostile-inputs.js";
import { memoryIo } from "../testing/memory-io.js";
import { validVictim } from "../testing/records.js";
import { tempDir } from "../testing/temp-dir.js";

// Unknown keys, header names and namespaces are any text (a name typed in the wrong place): `tip validate`
// never prints them, in any language or report format. Issues point at the object and number the key.

const tmp = tempDir();
afterAll(() => tmp.remove());

const keysLine = hostileKeysVictim(1);
const files = {
  ndjson: tmp.write("keys.ndjson", `${keysLine}\n${toNdjson(validRecords())}`),
  bundle: tmp.write(
    "keys.json",
    toBundleJson(validRecords()).replace('"records":[', `"records":[${keysLine},`),
  ),
  header: tmp.write("header.csv", csvOf(withHostileHeader(flatCsvRows()))),
  namespace: tmp.write("namespace.csv", csvOf(withCanaryNamespace(flatCsvRows()))),
};
/** Keys the victim had before the hostile ones were written after them. */
const ownKeys = Object.keys(accentedVictim(1)).length;

async function validate(...args: string[]) {
  const { io, stdout, stderr } = memoryIo({ cwd: tmp.dir });
  const code = await run(["validate", "--workers", "0", ...args], io);
  return { code, printed: stdout.text() + stderr.text(), stdout: stdout.text() };
}

describe("tip validate never prints a key that is not in the model", () => {
  for (const lang of LOCALES) {
    for (const format of ["text", "json"]) {
      it(`in ${format} output, in ${lang}`, async () => {
        for (const file of Object.values(files)) {
          const result = await validate("--lang", lang, "--format", format, file);
          expect(result.code, file).toBe(1);
          expect(result.printed).not.toMatch(new RegExp(CANARY, "i"));
          expect(result.printed).not.toContain("__proto__");
          expect(result.printed).not.toContain("María");
          expect(result.printed).not.toContain("line two");
          expect(result.printed).not.toContain("xxxxxxxxxx");
          expect(result.printed).not.toContain("\u001b");
        }
      });
    }
  }

  it("points at the record and numbers each key as it is written", async () => {
    const result = await validate("--format", "json", files.ndjson, files.bundle);
    const report = JSON.parse(result.stdout) as {
      issues: { code: string; path: string; line: number; position?: number }[];
    };
    const unknown = report.issues.filter((issue) => issue.code === "unknown_field");
    const positions = [1, 2, 3, 4].map((n) => ownKeys + n);
    expect(unknown.map((issue) => [issue.path, issue.position])).toEqual([
      ...positions.map((position) => ["", position]),
      ...positions.map((position) => ["/records/0", position]),
    ]);
  });

  it("names a hostile header and a namespace that is a name by their column number", async () => {
    const width = (flatCsvRows()[0] ?? []).length;
    for (const file of [files.header, files.namespace]) {
      const result = await validate("--format", "json", file);
      const report = JSON.parse(result.stdout) as { issues: { code: string; column?: number }[] };
      expect(report.issues.map((issue) => [issue.code, issue.column])).toEqual([
        ["csv_extra_column", width + 1],
      ]);
    }
  });
});

describe("tip validate suggests the field an unknown key was likely meant to be, never the key", () => {
  // Two letters from `citizenships`, which the record leaves out: suggested, yet never printed itself.
  const TYPO = "citizenshiQz";
  const typoVictim = (index: number) => {
    const { citizenships, ...rest } = validVictim(index);
    return { id: rest.id, [TYPO]: citizenships, ...rest };
  };
  const records = [...validRecords(), typoVictim(90)];
  const bundle = tmp.write("typo.json", toBundleJson(records));
  const at = `/records/${records.length - 1}`;

  it("in text output, in every language", async () => {
    const endings = {
      en: "Did you mean `citizenships`?",
      es: "¿Quería decir `citizenships`?",
      fr: "Vouliez-vous dire `citizenships` ?",
      pt: "Queria dizer `citizenships`?",
    };
    for (const lang of LOCALES) {
      const result = await validate("--lang", lang, bundle);
      expect(result.code).toBe(1);
      expect(result.printed.toLowerCase()).not.toContain(TYPO.toLowerCase());
      const line = result.stdout.split("\n").find((text) => text.includes(at));
      expect(line, lang).toContain(endings[lang]);
    }
  });

  it("in the JSON report, as `suggestion`, beside the key's position", async () => {
    const result = await validate("--format", "json", "-o", "typo-report.json", bundle);
    expect(result.code).toBe(1);
    const written = readFileSync(join(tmp.dir, "typo-report.json"), "utf8");
    for (const text of [result.printed, written])
      expect(text.toLowerCase()).not.toContain(TYPO.toLowerCase());
    const report = JSON.parse(written) as {
      issues: { code: string; path: string; position?: number; suggestion?: string }[];
    };
    const unknown = report.issues.filter((issue) => issue.code === "unknown_field");
    // The typo is the record's second key.
    expect(unknown.map(({ path, position, suggestion }) => ({ path, position, suggestion }))).toEqual([
      { path: at, position: 2, suggestion: "citizenships" },
    ]);
  });
});
