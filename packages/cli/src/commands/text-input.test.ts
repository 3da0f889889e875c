import { Buffer } from "node:buffer";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { Command } from "commander";
import { afterAll, describe, expect, it } from "vitest";
import type { CliContext } from "../context.js";
import { messagesFor } from "../messages/messages.js";
import { memoryIo } from "../testing/memory-io.js";
import { tempDir } from "../testing/temp-dir.js";
import { registerConvert } from "./convert.js";
import { registerValidate } from "./validate.js";

const tmp = tempDir("tip-text-input-");
afterAll(() => tmp.remove());

/** Runs `tip <args>` in-process with both commands registered. */
async function tip(args: readonly string[], lang: "en" | "es" = "en") {
  const { io, stdout, stderr } = memoryIo({ cwd: tmp.dir });
  const ctx: CliContext = { io, lang, messages: await messagesFor(lang), exitCode: 0 };
  const program = new Command("tip").exitOverride();
  registerConvert(program, ctx);
  registerValidate(program, ctx);
  await program.parseAsync([...args], { from: "user" });
  return { code: ctx.exitCode, stdout: stdout.text(), stderr: stderr.text() };
}

const ID = "3f2b8c1e-7d4a-4e9b-9c2d-1a2b3c4d5e01";
/** A flat CSV victim file and its twin as a Spanish Excel saves it (`;`, decimal comma, windows-1252, CRLF). */
const UTF8 = `recordType,id,sex,ageAtIdentification,givenName\nvictim,${ID},female,16.0,José Muñoz\n`;
const SPANISH = Buffer.from(
  `recordType;id;sex;ageAtIdentification;givenName\r\nvictim;${ID};female;16,0;José Muñoz\r\n`,
  "latin1",
);
const utf8 = tmp.write("victims.csv", UTF8);
const spanish = tmp.write("victims-es.csv", SPANISH);
const utf16 = tmp.write("victims-16.csv", Buffer.from(`\ufeff${UTF8}`, "utf16le"));

describe("tip convert and tip validate: --encoding and --delimiter", () => {
  it("converts a Spanish Excel file to the same records as its UTF-8 twin with --encoding windows-1252", async () => {
    const twin = await tip(["convert", utf8, "--to", "tip", "-o", "twin.ndjson"]);
    const es = await tip([
      "convert",
      spanish,
      "--to",
      "tip",
      "--encoding",
      "windows-1252",
      "-o",
      "es.ndjson",
    ]);
    const le = await tip(["convert", utf16, "--to", "tip", "-o", "le.ndjson"]);
    expect([twin.code, es.code, le.code]).toEqual([0, 0, 0]);
    const twinText = readFileSync(join(tmp.dir, "twin.ndjson"), "utf8");
    expect(twinText).toContain("José Muñoz");
    expect(twinText).toContain('"ageAtIdentification":16');
    expect(readFileSync(join(tmp.dir, "es.ndjson"), "utf8")).toBe(twinText);
    expect(readFileSync(join(tmp.dir, "le.ndjson"), "utf8")).toBe(twinText);
  });

  it("refuses windows-1252 without --encoding: exit 2, the line, a hint, never the value", async () => {
    const run = await tip(["convert", spanish, "--to", "tip"]);
    expect(run.code).toBe(2);
    expect(run.stdout).toBe("");
    expect(run.stderr).toContain("line 2");
    expect(run.stderr).toContain("--encoding windows-1252");
    expect(run.stderr).not.toMatch(/Jos|Mu/);
    const es = await tip(["convert", spanish, "--to", "tip"], "es");
    expect(es.stderr).toContain("línea 2");
  });

  it("validate reads the Spanish file with --encoding, and reports it by line without", async () => {
    const ok = await tip(["validate", spanish, "--encoding", "windows-1252", "--format", "json"]);
    expect(ok.code).toBe(0);
    expect(JSON.parse(ok.stdout)).toMatchObject({ total: 1, valid: 1 });
    // LF: a withheld row in a CRLF file is a row-accounting matter of the CSV reader, tested with it.
    const lf = tmp.write(
      "victims-es-lf.csv",
      Buffer.from(SPANISH.toString("latin1").replaceAll("\r\n", "\n"), "latin1"),
    );
    const bad = await tip(["validate", lf, "--format", "json"]);
    expect(bad.code).toBe(1);
    expect(JSON.parse(bad.stdout).issues.map((issue: { code: string }) => issue.code)).toContain(
      "invalid_utf8",
    );
    expect(bad.stdout).not.toMatch(/Jos|Mu\u00f1/);
  });

  it("--delimiter forces the delimiter", async () => {
    const run = await tip([
      "validate",
      spanish,
      "--encoding",
      "latin1",
      "--delimiter",
      ",",
      "--format",
      "json",
    ]);
    expect(JSON.parse(run.stdout).valid).toBe(0);
  });

  it("unknown --encoding or --delimiter values are usage errors, in the run's language", async () => {
    for (const command of ["convert", "validate"]) {
      const extra = command === "convert" ? ["--to", "tip"] : [];
      const encoding = await tip([command, utf8, ...extra, "--encoding", "ebcdic"]);
      expect(encoding.code).toBe(2);
      expect(encoding.stderr).toContain("--encoding");
      const delimiter = await tip([command, utf8, ...extra, "--delimiter", "|"], "es");
      expect(delimiter.code).toBe(2);
      expect(delimiter.stderr).toContain("--delimiter");
    }
  });
});
