import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { invalidVictim, toBundleJson, toNdjson, validVictim, victimCsv } from "../testing/records.js";
import { spawnCli } from "../testing/spawn-cli.js";
import { tempDir } from "../testing/temp-dir.js";

const tmp = tempDir();
afterAll(() => tmp.remove());

/** Valid, but a warning in core: an adult victim without means. */
function adultWithoutMeans(index: number): Record<string, unknown> {
  const victim = validVictim(index);
  const exploitation = { ...(victim.exploitation as Record<string, unknown>) };
  delete exploitation.palermoMeans;
  delete exploitation.meansOfControl;
  return { ...victim, exploitation };
}

const mixed = [validVictim(1), invalidVictim(2), validVictim(3), invalidVictim(4)];
const mixedFile = tmp.write("mixed.ndjson", toNdjson(mixed));
const warned = tmp.write("warned.ndjson", toNdjson([adultWithoutMeans(5), invalidVictim(6)]));
tmp.write("glob-a.ndjson", toNdjson([validVictim(7)]));
tmp.write("glob-b.ndjson", toNdjson([invalidVictim(8)]));

describe("tip validate: -o, --severity, patterns, standard input, --valid-only", () => {
  it("writes the report to the file of -o, nothing on stdout, with the same exit code", async () => {
    const report = join(tmp.dir, "report.json");
    const run = await spawnCli(["validate", mixedFile, "--format", "json", "-o", report]);
    expect(run).toMatchObject({ code: 1, stdout: "" });
    expect(JSON.parse(readFileSync(report, "utf8"))).toMatchObject({ total: 4, valid: 2, invalid: 2 });
    const same = await spawnCli(["validate", mixedFile, "-o", mixedFile]);
    expect(same.code).toBe(2);
    expect(readFileSync(mixedFile, "utf8")).toBe(toNdjson(mixed));
  });

  it("lists only issues of --severity or worse; counts and exit code stay", async () => {
    const all = JSON.parse((await spawnCli(["validate", warned, "--format", "json"])).stdout);
    expect(all.issues.map((issue: { severity: string }) => issue.severity).sort()).toEqual([
      "error",
      "warning",
    ]);
    const run = await spawnCli(["validate", warned, "--format", "json", "--severity", "error"]);
    expect(run.code).toBe(1);
    const report = JSON.parse(run.stdout);
    expect(report.issues.map((issue: { severity: string }) => issue.severity)).toEqual(["error"]);
    expect(report.byCode).toEqual(all.byCode);
    const bad = await spawnCli(["validate", warned, "--severity", "fatal"]);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toContain("--severity");
  });

  it("checks the files a pattern matches, in name order; a pattern matching nothing is a usage error", async () => {
    const run = await spawnCli(["validate", "glob-*.ndjson", "--format", "json"], { cwd: tmp.dir });
    expect(run.code).toBe(1);
    expect(JSON.parse(run.stdout).files).toEqual([
      { file: "glob-a.ndjson", total: 1, valid: 1, invalid: 0, skipped: 0 },
      { file: "glob-b.ndjson", total: 1, valid: 0, invalid: 1, skipped: 0 },
    ]);
    const none = await spawnCli(["validate", "nothing-*.ndjson"], { cwd: tmp.dir });
    expect(none.code).toBe(2);
    expect(none.stderr).toContain("no file matches the pattern “nothing-*.ndjson”");
  });

  it("reads a pipe without - and sniffs its format", async () => {
    const ndjson = await spawnCli(["validate", "--format", "json"], { input: toNdjson(mixed) });
    expect(ndjson.code).toBe(1);
    expect(JSON.parse(ndjson.stdout)).toMatchObject({ total: 4, valid: 2, invalid: 2 });
    const bundle = await spawnCli(["validate", "-", "--format", "json"], {
      input: toBundleJson([validVictim(9)]),
    });
    expect(bundle.code).toBe(0);
    expect(JSON.parse(bundle.stdout)).toMatchObject({ total: 1, valid: 1 });
    const csv = await spawnCli(["validate", "-", "--format", "json", "--record-type", "victim"], {
      input: victimCsv(2, false),
    });
    expect(JSON.parse(csv.stdout)).toMatchObject({ total: 2, valid: 2 });
    const text = await spawnCli(["validate", "-"], { input: "just words\n" });
    expect(text.code).toBe(2);
    expect(text.stderr).toContain("--input-format");
  });

  it("writes exactly the valid records with --valid-only and still exits 1 for the others", async () => {
    const kept = join(tmp.dir, "valid.ndjson");
    const run = await spawnCli(["validate", mixedFile, "--valid-only", kept, "--format", "json"]);
    expect(run.code).toBe(1);
    expect(JSON.parse(run.stdout)).toMatchObject({ total: 4, valid: 2, invalid: 2 });
    expect(run.stderr).toContain("valid records written to the file of --valid-only: 2");
    const lines = readFileSync(kept, "utf8").trimEnd().split("\n");
    expect(lines.map((line) => JSON.parse(line))).toEqual([validVictim(1), validVictim(3)]);
  });

  it("refuses --valid-only for CSV, standard input, or the input itself, writing nothing", async () => {
    const csv = tmp.write("rows.csv", victimCsv(2, false));
    const out = join(tmp.dir, "never.ndjson");
    const fromCsv = await spawnCli(["validate", csv, "--record-type", "victim", "--valid-only", out]);
    expect(fromCsv.code).toBe(2);
    expect(fromCsv.stderr).toContain("--valid-only");
    const fromStdin = await spawnCli(["validate", "-", "--valid-only", out], { input: toNdjson(mixed) });
    expect(fromStdin.code).toBe(2);
    expect(existsSync(out)).toBe(false);
    const overInput = await spawnCli(["validate", mixedFile, "--valid-only", mixedFile]);
    expect(overInput.code).toBe(2);
    expect(readFileSync(mixedFile, "utf8")).toBe(toNdjson(mixed));
  });
});
