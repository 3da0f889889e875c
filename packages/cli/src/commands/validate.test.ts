import { formatMessage } from "@tip/schema";
import { es } from "@tip/schema/locales/es";
import { fr } from "@tip/schema/locales/fr";
import { afterAll, describe, expect, it } from "vitest";
import {
  exampleBundleJson,
  invalidVictim,
  toBundleJson,
  toNdjson,
  validVictim,
  victimCsv,
} from "../testing/records.js";
import { spawnCli } from "../testing/spawn-cli.js";
import { tempDir } from "../testing/temp-dir.js";

const tmp = tempDir();
afterAll(() => tmp.remove());

const valid = tmp.write("valid.ndjson", toNdjson([validVictim(1), validVictim(2), validVictim(3)]));
const invalid = tmp.write("invalid.ndjson", toNdjson([validVictim(4), invalidVictim(5), invalidVictim(6)]));
const bundle = tmp.write("bundle.json", exampleBundleJson());
const badBundle = tmp.write("bad-bundle.json", toBundleJson([invalidVictim(7)]));
const csv = tmp.write("victims.csv", victimCsv(2, false));
const badCsv = tmp.write("bad-victims.csv", victimCsv(2, true));
const empty = tmp.write("empty.ndjson", "");
const unknownExtension = tmp.write("export.txt", toNdjson([validVictim(8)]));

/** The JSON report shape every consumer may rely on. */
interface JsonReport {
  total: number;
  valid: number;
  invalid: number;
  skipped: number;
  byCode: Record<string, number>;
  truncated: boolean;
  issues: { file: string; line: number; path: string; code: string; severity: string; message: string }[];
  files: { file: string; total: number; valid: number; invalid: number; skipped: number }[];
}

describe("tip validate: exit codes", () => {
  it("exits 0 when every record is valid", async () => {
    const result = await spawnCli(["validate", valid]);
    expect(result.code).toBe(0);
    expect(result.stderr).toBe("");
  });

  it("checks a JSON bundle: 0 for the model's example, 1 with an invalid record", async () => {
    expect((await spawnCli(["validate", bundle])).code).toBe(0);
    expect((await spawnCli(["validate", badBundle])).code).toBe(1);
  });

  it("checks a CSV of the --record-type given, reporting line and column", async () => {
    expect((await spawnCli(["validate", "--record-type", "victim", csv])).code).toBe(0);
    const result = await spawnCli(["validate", "--record-type", "victim", "--format", "json", badCsv]);
    expect(result.code).toBe(1);
    const report = JSON.parse(result.stdout) as JsonReport & { issues: { column?: number }[] };
    expect(report.issues).toEqual([
      expect.objectContaining({ code: "invalid_code", line: 4, column: 3, path: "/sex" }),
    ]);
  });

  it("exits 1 when a record is invalid, and 1 for an empty file", async () => {
    expect((await spawnCli(["validate", invalid])).code).toBe(1);
    expect((await spawnCli(["validate", valid, invalid])).code).toBe(1);
    expect((await spawnCli(["validate", empty])).code).toBe(1);
  });

  it("exits 2 naming each unreadable input, before checking any", async () => {
    const result = await spawnCli(["validate", valid, "missing.ndjson", tmp.dir], { cwd: tmp.dir });
    expect(result.code).toBe(2);
    expect(result.stdout).toBe("");
    expect(result.stderr).toContain("cannot read “missing.ndjson”: no such file");
    expect(result.stderr).toContain("it is a directory");
  });

  it("exits 2 on a bad --lang, --format, --max-issues, --record-type or --workers, in the user's language", async () => {
    const lang = await spawnCli(["validate", "--lang", "de", valid], { env: { LANG: "es_ES.UTF-8" } });
    expect(lang.code).toBe(2);
    expect(lang.stderr).toContain("«de» no es un valor válido de --lang: use uno de en, es, fr, pt");
    const others = await spawnCli([
      "validate",
      "--format",
      "xml",
      "--max-issues",
      "x",
      "--record-type",
      "y",
      "--workers",
      "many",
      valid,
    ]);
    expect(others.code).toBe(2);
    expect(others.stderr).toContain("--format");
    expect(others.stderr).toContain("--max-issues");
    expect(others.stderr).toContain("--record-type");
    expect(others.stderr).toContain("--workers needs a whole number of 0 or more, not “many”");
  });

  it("gives the same JSON report with --workers 0, 2 and auto", async () => {
    const reports = [];
    for (const workers of ["0", "2", "auto"]) {
      const result = await spawnCli(["validate", "--format", "json", "--workers", workers, valid, invalid]);
      expect(result.code).toBe(1);
      reports.push(JSON.parse(result.stdout));
    }
    expect(reports[1]).toEqual(reports[0]);
    expect(reports[2]).toEqual(reports[0]);
  });

  it("exits 2 when the format cannot be told from the name, unless --input-format gives it", async () => {
    const guessed = await spawnCli(["validate", unknownExtension]);
    expect(guessed.code).toBe(2);
    expect(guessed.stderr).toContain("--input-format");
    expect((await spawnCli(["validate", "--input-format", "ndjson", unknownExtension])).code).toBe(0);
  });
});

describe("tip validate: reports", () => {
  it("prints one JSON document for several files, with totals added up and issues naming their file", async () => {
    const result = await spawnCli(["validate", "--format", "json", valid, invalid], { cwd: tmp.dir });
    expect(result.code).toBe(1);
    const report = JSON.parse(result.stdout) as JsonReport;
    expect(report).toMatchObject({ total: 6, valid: 4, invalid: 2, skipped: 0, truncated: false });
    expect(report.byCode.invalid_code).toBe(2);
    expect(report.files.map((file) => file.file)).toEqual([valid, invalid]);
    expect(report.issues).toHaveLength(2);
    for (const issue of report.issues) {
      expect(issue).toMatchObject({ file: invalid, path: "/sex", code: "invalid_code", severity: "error" });
      expect(issue.line).toBeGreaterThanOrEqual(2);
      expect(typeof issue.message).toBe("string");
    }
  });

  it("keeps --max-issues issues across all files but counts every one", async () => {
    const result = await spawnCli(["validate", "--format", "json", "--max-issues", "1", invalid, invalid]);
    const report = JSON.parse(result.stdout) as JsonReport;
    expect(report.issues).toHaveLength(1);
    expect(report.truncated).toBe(true);
    expect(report.byCode.invalid_code).toBe(4);
  });

  it("writes issue messages in the language of --lang", async () => {
    const result = await spawnCli(["validate", "--format", "json", "--lang", "fr", invalid]);
    const report = JSON.parse(result.stdout) as JsonReport;
    expect(report.issues[0]?.message).toBe(formatMessage(fr, "invalid_code", { field: "victim.sex" }));
  });

  it("writes a text report in Spanish with --lang es", async () => {
    const result = await spawnCli(["validate", "--lang", "es", invalid]);
    expect(result.code).toBe(1);
    for (const heading of ["Informe de validación", "Registros:", "Por tipo de registro:", "Problemas:"]) {
      expect(result.stdout).toContain(heading);
    }
    expect(result.stdout).toContain(formatMessage(es, "invalid_code", { field: "victim.sex" }));
    expect(result.stdout).toContain("invalid.ndjson");
  });

  it("uses no ANSI escape when stdout and stderr are not terminals", async () => {
    for (const args of [
      ["validate", invalid],
      ["validate", "missing.ndjson"],
      ["validate", "--bogus"],
    ]) {
      const result = await spawnCli(args);
      expect(result.stdout + result.stderr).not.toContain("\u001b");
    }
  });

  it("reads standard input with - and --input-format", async () => {
    const result = await spawnCli(["validate", "--input-format", "ndjson", "--format", "json", "-"], {
      input: toNdjson([validVictim(9), invalidVictim(10)]),
    });
    expect(result.code).toBe(1);
    expect(JSON.parse(result.stdout)).toMatchObject({ total: 2, valid: 1, invalid: 1 });
    const noFormat = await spawnCli(["validate", "-"]);
    expect(noFormat.code).toBe(2);
  });
});
