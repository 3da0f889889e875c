import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname, join } from "node:path";
import type { ConversionReport } from "@tip/convert";
import { EXAMPLES } from "@tip/schema";
import { Command } from "commander";
import { afterAll, describe, expect, it } from "vitest";
import type { CliContext } from "../context.js";
import { messagesFor } from "../messages/messages.js";
import { memoryIo } from "../testing/memory-io.js";
import { toNdjson, validVictim } from "../testing/records.js";
import { tempDir } from "../testing/temp-dir.js";
import { registerConvert } from "./convert.js";

const tmp = tempDir("tip-convert-");
afterAll(() => tmp.remove());

/** The CTDC fixtures of @tip/convert (synthetic rows in both generations' shapes). */
const fixtures = join(
  dirname(createRequire(import.meta.url).resolve("@tip/convert/package.json")),
  "src/standards/ctdc/fixtures",
);
const ctdc2024 = join(fixtures, "synthetic-2024/input.csv");
const ctdcUnknownCodes = join(fixtures, "unknown-codes/input.csv");
const ctdcNoHeader = join(fixtures, "missing-header-row/input.csv");
const htcdsFixtures = join(fixtures, "../../htcds/fixtures");
const htcdsTemplate = join(htcdsFixtures, "template-filled/input.xlsx");
const xlsformJson = join(htcdsFixtures, "xlsform-json-kobo/input.json");

/** Runs `tip convert ...` in-process with the command registered on its own, as program.ts will. */
async function convert(args: readonly string[]) {
  const { io, stdout, stderr } = memoryIo({ cwd: tmp.dir });
  const ctx: CliContext = { io, lang: "en", messages: await messagesFor("en"), exitCode: 0 };
  const program = new Command("tip").exitOverride();
  registerConvert(program, ctx);
  await program.parseAsync(["convert", ...args], { from: "user" });
  return { code: ctx.exitCode, stdout: stdout.text(), stderr: stderr.text() };
}

function reportAt(path: string): { read: ConversionReport; write?: ConversionReport } {
  return JSON.parse(readFileSync(path, "utf8"));
}

describe("tip convert", () => {
  it("converts a CTDC 2024 file to canonical NDJSON, detecting the format, exit 0", async () => {
    const report = join(tmp.dir, "ctdc.report.json");
    const result = await convert([ctdc2024, "--to", "tip", "--report", report]);
    expect(result.code).toBe(0);
    const lines = result.stdout
      .trim()
      .split("\n")
      .map((line) => JSON.parse(line));
    expect(lines).toHaveLength(4);
    expect(lines.every((record) => record.recordType === "victim")).toBe(true);
    const { read } = reportAt(report);
    expect(read.rows).toEqual({ total: 4, converted: 4, invalid: 0, skipped: 0 });
    expect(read.fields.filter((field) => field.outcome === "lossy").map((field) => field.field)).toContain(
      "meansThreats",
    );
    expect(result.stderr).toContain("tip convert ctdc -> tip: 4 rows");
  });

  it("exits 1 when values could not be read, still converting and reporting row and column", async () => {
    const report = join(tmp.dir, "unknown.report.json");
    const result = await convert([ctdcUnknownCodes, "--from", "ctdc", "--to", "tip", "--report", report]);
    expect(result.code).toBe(1);
    expect(result.stdout.trim().split("\n")).toHaveLength(2);
    expect(reportAt(report).read.invalidValues).toContainEqual(
      expect.objectContaining({ row: 1, column: "citizenship", code: "unknown_code" }),
    );
    // The unreadable values are kept in the records, never printed on stderr.
    expect(result.stderr).not.toContain("ZZ");
  });

  it("exits 2 without a header row, without --to, or on a file that is not there", async () => {
    expect((await convert([ctdcNoHeader, "--from", "ctdc", "--to", "tip"])).code).toBe(2);
    const noTo = await convert([ctdc2024]);
    expect(noTo.code).toBe(2);
    expect(noTo.stderr).toContain("--to");
    expect((await convert(["missing.csv", "--to", "tip"])).code).toBe(2);
    expect((await convert([ctdc2024, "--to", "xml"])).code).toBe(2);
  });

  it("round-trips canonical NDJSON through flat CSV files, and writes CTDC 2024 from it", async () => {
    const ndjson = tmp.write("victims.ndjson", toNdjson([validVictim(1), validVictim(2)]));
    expect((await convert([ndjson, "--to", "csv", "-o", "victims.csv"])).code).toBe(0);
    const back = await convert([join(tmp.dir, "victims.csv"), "--to", "tip", "--entity", "victim"]);
    expect(back.code).toBe(0);
    expect(back.stdout).toBe(readFileSync(ndjson, "utf8"));
    const toCtdc = await convert([ndjson, "--to", "ctdc", "-o", "victims.ctdc.csv"]);
    expect(toCtdc.code).toBe(0);
    expect(readFileSync(join(tmp.dir, "victims.ctdc.csv"), "utf8").split("\n")[0]).toMatch(
      /^yearOfRegistration,gender,/,
    );
  });

  it("brings an HTCDS template in, detected by extension, and writes CTDC, HTCDS CSV and the template", async () => {
    const report = join(tmp.dir, "htcds.report.json");
    const toTip = await convert([
      htcdsTemplate,
      "--to",
      "tip",
      "-o",
      "from-template.ndjson",
      "--report",
      report,
    ]);
    expect(toTip.code).toBeLessThan(2);
    const { read } = reportAt(report);
    expect(read.rows.total).toBeGreaterThan(0);
    expect(read.rows.total).toBe(read.rows.converted + read.rows.invalid + read.rows.skipped);
    const ndjson = join(tmp.dir, "from-template.ndjson");
    expect((await convert([ndjson, "--to", "ctdc"])).stdout).toMatch(/^yearOfRegistration,/);
    expect((await convert([ndjson, "--to", "htcds"])).stdout).toMatch(/prs_/);
    expect((await convert([ndjson, "--to", "htcds", "-o", "out.xlsx"])).code).toBeLessThan(2);
    const back = await convert([join(tmp.dir, "out.xlsx"), "--to", "tip"]);
    expect(back.code).toBeLessThan(2);
    expect(back.stdout.trim().split("\n").length).toBeGreaterThan(0);
  });

  it("reads XLSForm JSON submissions as HTCDS, writing to standard output for -o -", async () => {
    const result = await convert([xlsformJson, "--to", "tip", "-o", "-"]);
    expect(result.code).toBeLessThan(2);
    expect(result.stdout).toContain('"recordType":"victim"');
  });

  it("detects the record type of a flat CSV from its header", async () => {
    const cases = tmp.write("cases.ndjson", toNdjson([EXAMPLES.case]));
    expect((await convert([cases, "--to", "csv", "--entity", "case", "-o", "cases.csv"])).code).toBe(0);
    const back = await convert([join(tmp.dir, "cases.csv"), "--to", "tip"]);
    expect(back.code).toBe(0);
    expect(JSON.parse(back.stdout)).toEqual(EXAMPLES.case);
  });

  it("never prints a personal value, even from a malformed row", async () => {
    const canary = "Canary-Name-7731";
    const input = tmp.write(
      "canary.csv",
      `recordType,id,givenName,gender\nvictim,not-a-uuid,${canary},${canary}\n`,
    );
    const report = join(tmp.dir, "canary.report.json");
    const result = await convert([input, "--to", "tip", "--report", report]);
    expect(result.code).toBe(1);
    expect(result.stderr).not.toContain(canary);
    expect(readFileSync(report, "utf8")).not.toContain(canary);
  });
});
