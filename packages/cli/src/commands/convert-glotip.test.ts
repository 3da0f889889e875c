import { readFileSync } from "node:fs";
import { join } from "node:path";
import { EXAMPLES } from "@tip/schema";
import { Command } from "commander";
import { afterAll, describe, expect, it } from "vitest";
import type { CliContext } from "../context.js";
import { messagesFor } from "../messages/messages.js";
import { memoryIo } from "../testing/memory-io.js";
import { toNdjson } from "../testing/records.js";
import { tempDir } from "../testing/temp-dir.js";
import { registerConvert } from "./convert.js";

const tmp = tempDir("tip-convert-glotip-");
afterAll(() => tmp.remove());

async function convert(args: readonly string[]) {
  const { io, stdout, stderr } = memoryIo({ cwd: tmp.dir });
  const ctx: CliContext = { io, lang: "en", messages: await messagesFor("en"), exitCode: 0 };
  const program = new Command("tip").exitOverride();
  registerConvert(program, ctx);
  await program.parseAsync(["convert", ...args], { from: "user" });
  return { code: ctx.exitCode, stdout: stdout.text(), stderr: stderr.text() };
}

const HEADER =
  "Iso3_code,Country,Region,Subregion,Indicator,Dimension,Category,Sex,Age,Year,Unit of measurement,txtVALUE,Source";
const ROWS = [
  "TTO,Trinidad and Tobago,Americas,Caribbean,Persons convicted,Total,Total,Male,Total,2021,Counts,<5,GLOTIP",
  'ARG,Argentina,Americas,South America,Offences of trafficking in persons,Total,Total,Total,Total,2020,Counts,"1,204",GLOTIP',
];

describe("tip convert --from glotip / --to glotip", () => {
  it("reads a GLOTIP export below its banner and writes it back unchanged, through canonical NDJSON", async () => {
    const source = tmp.write("glotip.csv", ["UNODC", "01/01/2025", HEADER, ...ROWS].join("\n"));
    const read = await convert([source, "--from", "glotip", "--to", "tip", "-o", "glotip.ndjson"]);
    expect(read.code).toBe(0);
    expect(read.stderr).toContain("tip convert glotip -> tip: 2 rows: 2 converted");
    const records = readFileSync(join(tmp.dir, "glotip.ndjson"), "utf8")
      .trim()
      .split("\n")
      .map((line) => JSON.parse(line));
    expect(records.map((record) => record.recordType)).toEqual(["aggregate", "aggregate"]);
    expect(records[0].suppressed).toEqual({ below: 5 });

    const back = await convert(["glotip.ndjson", "--from", "tip", "--to", "glotip"]);
    expect(back.code).toBe(0);
    expect(back.stdout).toBe(`${[HEADER, ...ROWS].join("\n")}\n`);
  });

  it("exits 1 when records of other types cannot be written as GLOTIP rows", async () => {
    tmp.write("mixed.ndjson", toNdjson([EXAMPLES.aggregate, EXAMPLES.victim]));
    const result = await convert(["mixed.ndjson", "--from", "tip", "--to", "glotip"]);
    expect(result.code).toBe(1);
    expect(result.stdout.trim().split("\n")).toHaveLength(2);
  });

  it("refuses a file without the GLOTIP header with exit 2 and no stack trace", async () => {
    tmp.write("not-glotip.csv", "a,b\n1,2\n");
    const result = await convert(["not-glotip.csv", "--from", "glotip", "--to", "tip"]);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain("names the GLOTIP columns");
    expect(result.stderr).not.toMatch(/\n\s+at /);
  });
});
