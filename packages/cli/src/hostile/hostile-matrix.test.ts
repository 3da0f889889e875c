import { existsSync, lstatSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { dirname, join, relative, sep } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { CANARY } from "../testing/hostile-inputs.js";
import { tempDir } from "../testing/temp-dir.js";
import type { HostileCase } from "./hostile-case.js";
import { HOSTILE_CASES } from "./hostile-cases.js";
import { caseName } from "./reliability-table.js";
import { type CaseResult, runCase } from "./run-case.js";

// The hostile-input matrix (docs/reliability.md): every case runs its command and checks the same promises.
// Process-level cases (signals, named pipes, a full standard output) run the built binary: build first.

const tmp = tempDir("tip-hostile-");
afterAll(() => tmp.remove());

/** Files the commands of the matrix may write; anything else appearing in a case's folder is a leak. */
const OUTPUT_FILES = new Set(["out.ndjson", "report.json", "r.json", "out.json", "sealed.json"]);

/** Every file under `dir`, as paths relative to it. */
function filesUnder(dir: string): string[] {
  return readdirSync(dir, { recursive: true, encoding: "utf8" }).filter(
    (name) => !lstatSync(join(dir, name)).isDirectory(),
  );
}

/** Own property names of the prototypes a polluting reader would change. */
function prototypeKeys(): string[] {
  return [Object.prototype, Array.prototype].flatMap((proto) => Reflect.ownKeys(proto).map(String));
}

/** The control characters in a text other than tab and line feed, as code points. */
function controlCharacters(text: string): number[] {
  return [...text]
    .map((char) => char.codePointAt(0) ?? 0)
    .filter((code) => (code < 0x20 && code !== 0x09 && code !== 0x0a) || (code >= 0x7f && code <= 0x9f));
}

/** Number of records, or fails. */
function count(value: unknown, what: string): number {
  expect(typeof value, what).toBe("number");
  return value as number;
}

function checkValidateCounts(hostile: HostileCase, result: CaseResult): void {
  const report = JSON.parse(result.stdout) as Record<string, unknown>;
  const total = count(report.total, "total");
  expect(
    count(report.valid, "valid") + count(report.invalid, "invalid") + count(report.skipped, "skipped"),
  ).toBe(total);
  if (hostile.counts?.records !== undefined) expect(total, "records counted").toBe(hostile.counts.records);
  if (result.code === 0) expect([report.invalid, report.skipped]).toEqual([0, 0]);
}

function checkConvertCounts(hostile: HostileCase, dir: string, result: CaseResult): void {
  const reportFile = hostile.args[hostile.args.indexOf("--report") + 1];
  if (!hostile.args.includes("--report") || reportFile === undefined) return;
  const report = JSON.parse(readFileSync(join(dir, reportFile), "utf8"));
  const rows = report.read.rows;
  expect(
    count(rows.converted, "converted") + count(rows.invalid, "invalid") + count(rows.skipped, "skipped"),
  ).toBe(count(rows.total, "rows"));
  const records = report.records;
  expect(count(records.written, "written") + count(records.skipped, "skipped")).toBe(
    count(records.read, "read"),
  );
  if (hostile.counts?.rows !== undefined) expect(rows.total, "rows read").toBe(hostile.counts.rows);
  if (hostile.counts?.records !== undefined)
    expect(records.read, "records read").toBe(hostile.counts.records);
  // Never exit 0 after leaving something out.
  if (result.code === 0) expect([rows.invalid, rows.skipped, records.skipped]).toEqual([0, 0, 0]);
}

/** The privacy commands' summary line: every record read is used (written, sent) or counted as left out. */
function checkPrivacyCounts(hostile: HostileCase, result: CaseResult): void {
  const patterns = {
    stats: /Records read: (\d+); used: (\d+); left out: (\d+)\./,
    anonymize: /Records read: (\d+); written: (\d+); removed for k-anonymity: (\d+); left out: (\d+)\./,
    export: /Records read: (\d+); may be sent: (\d+); withheld: (\d+); left out: (\d+)\./,
  } as const;
  const match = patterns[hostile.command as keyof typeof patterns].exec(result.stderr + result.stdout);
  expect(match, "summary line").not.toBeNull();
  const [read = 0, ...parts] = (match ?? []).slice(1).map(Number);
  expect(
    parts.reduce((sum, n) => sum + n, 0),
    "read = used + left out",
  ).toBe(read);
  if (hostile.counts?.records !== undefined) expect(read, "records read").toBe(hostile.counts.records);
  // Exit 0 only when nothing was left out (and, for export, nothing withheld).
  if (result.code === 0) expect(parts.at(-1), "left out").toBe(0);
  if (result.code === 0 && hostile.command === "export") expect(parts[1], "withheld").toBe(0);
}

describe("hostile-input matrix", () => {
  it("names every case once", () => {
    const names = HOSTILE_CASES.map(caseName);
    expect(new Set(names).size).toBe(names.length);
  });

  HOSTILE_CASES.forEach((hostile, index) => {
    it(caseName(hostile), async () => {
      const dir = join(tmp.dir, String(index));
      mkdirSync(dir);
      const inputs = hostile.files();
      for (const [name, content] of Object.entries(inputs)) {
        mkdirSync(dirname(join(dir, name)), { recursive: true });
        writeFileSync(join(dir, name), content);
      }
      const prototypeBefore = prototypeKeys();

      const result = await runCase(hostile, dir);

      const printed = result.stdout + result.stderr;
      // Object.prototype untouched (and repaired, so one failure does not spread to the next case).
      const added = prototypeKeys().filter((key) => !prototypeBefore.includes(key));
      for (const key of added) {
        delete (Object.prototype as Record<string, unknown>)[key];
        delete (Array.prototype as unknown as Record<string, unknown>)[key];
      }
      expect(added, "keys added to Object.prototype").toEqual([]);

      expect(
        result.code,
        `exit code; stderr: ${result.stderr.slice(0, 400)}; stdout: ${result.stdout.slice(0, 300)}`,
      ).toBe(hostile.exit);
      expect(printed, "stack trace").not.toMatch(/^\s+at /m);
      expect(printed, "error class").not.toMatch(/TypeError|RangeError|SyntaxError|ReferenceError/);
      // Control characters (ANSI escapes, carriage returns) are stripped from anything printed.
      expect(controlCharacters(printed), "control characters").toEqual([]);

      // Inputs are never changed (but a folder written as a whole may replace what is in it), and nothing but
      // the expected outputs appears (no temporary file left).
      // A hidden entry (a temporary folder) is never an expected output.
      const inOutputDir = (name: string) =>
        hostile.outputDir !== undefined &&
        hostile.exit === 0 &&
        name.startsWith(hostile.outputDir + sep) &&
        !name.split(sep).some((part) => part.startsWith("."));
      for (const [name, content] of Object.entries(inputs)) {
        if (inOutputDir(name)) continue;
        expect(readFileSync(join(dir, name)).equals(Buffer.from(content)), `${name} unchanged`).toBe(true);
      }
      const fifo =
        hostile.run?.kind === "fifo-output" || hostile.run?.kind === "signal" ? hostile.run.fifo : "";
      const created = filesUnder(dir).filter((name) => !(name in inputs) && name !== fifo);
      const allowed = hostile.exit === 0 || hostile.exit === 1 ? OUTPUT_FILES : new Set<string>();
      expect(
        created.filter((name) => !allowed.has(name) && !inOutputDir(name)),
        "files left behind",
      ).toEqual([]);
      if (fifo !== "") expect(lstatSync(join(dir, fifo)).isFIFO(), "the pipe is still a pipe").toBe(true);

      // No canary in what is printed, reported, or written where personal values do not belong.
      const canary = new RegExp(CANARY, "i");
      expect(printed, "canary printed").not.toMatch(canary);
      for (const name of created) {
        if (hostile.dataOutputs?.includes(name)) continue;
        expect(readFileSync(join(dir, name), "utf8"), `canary in ${name}`).not.toMatch(canary);
      }
      if (result.piped !== undefined && hostile.command !== "convert") {
        expect(result.piped, "canary in the pipe").not.toMatch(canary);
      }

      // Counts reconcile.
      if (hostile.exit === 0 || hostile.exit === 1) {
        if (hostile.command === "validate") checkValidateCounts(hostile, result);
        else if (hostile.command === "convert") checkConvertCounts(hostile, dir, result);
        else if (["stats", "anonymize", "export"].includes(hostile.command))
          checkPrivacyCounts(hostile, result);
      }

      // The reason the case expects is given, by its code.
      if (hostile.reason !== undefined) {
        const reports = created
          .filter((name) => !hostile.dataOutputs?.includes(name))
          .map((name) => readFileSync(join(dir, name), "utf8"));
        expect([printed, ...reports].join("\n"), "reason given").toContain(hostile.reason);
      }

      // What must arrive intact did.
      if (hostile.keeps !== undefined) {
        const output =
          result.piped ??
          (existsSync(join(dir, hostile.keeps.file))
            ? readFileSync(join(dir, hostile.keeps.file), "utf8")
            : "");
        expect(output, `kept intact in ${relative(dir, join(dir, hostile.keeps.file))}`).toContain(
          hostile.keeps.text,
        );
      }
    });
  });
});
