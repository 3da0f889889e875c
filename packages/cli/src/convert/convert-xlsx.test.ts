import { readFileSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname, join } from "node:path";
import { Command } from "commander";
import { afterAll, describe, expect, it } from "vitest";
import { registerConvert } from "../commands/convert.js";
import type { CliContext } from "../context.js";
import { messagesFor } from "../messages/messages.js";
import { memoryIo } from "../testing/memory-io.js";
import { tempDir } from "../testing/temp-dir.js";

const tmp = tempDir("tip-convert-xlsx-");
afterAll(() => tmp.remove());

// The workbook writers @tip/convert itself uses (exceljs) and tests with (yazl).
const convertPackage = createRequire(import.meta.url).resolve("@tip/convert/package.json");
const requireFromConvert = createRequire(convertPackage);
const ExcelJS = requireFromConvert("exceljs");
const yazl = requireFromConvert("yazl");
const ctdcCsv = join(dirname(convertPackage), "src/standards/ctdc/fixtures/global-2017-2021/input.csv");

async function convert(args: readonly string[], lang: "en" | "es" = "en") {
  const { io, stdout, stderr } = memoryIo({ cwd: tmp.dir });
  const ctx: CliContext = { io, lang, messages: await messagesFor(lang), exitCode: 0 };
  const program = new Command("tip").exitOverride();
  registerConvert(program, ctx);
  await program.parseAsync(["convert", ...args], { from: "user" });
  return { code: ctx.exitCode, stdout: stdout.text(), stderr: stderr.text() };
}

/** The CTDC fixture saved as Excel would: numbers as number cells, on a sheet with a hostile name. */
async function ctdcWorkbook(path: string): Promise<void> {
  const rows = readFileSync(ctdcCsv, "utf8")
    .trim()
    .split("\n")
    .map((line) => line.split(","));
  const book = new ExcelJS.Workbook();
  const sheet = book.addWorksheet("Datos");
  for (const row of rows) {
    sheet.addRow(
      row.map((cell) => (/^-?(0|[1-9]\d*)$/.test(cell) ? Number(cell) : cell === "" ? null : cell)),
    );
  }
  writeFileSync(path, Buffer.from(await book.xlsx.writeBuffer()));
}

/** A zip of the given parts (a workbook that only pretends to be one). */
async function zipOf(parts: Record<string, Buffer>): Promise<Buffer> {
  const zip = new yazl.ZipFile();
  for (const [name, content] of Object.entries(parts)) zip.addBuffer(content, name);
  zip.end();
  const chunks: Buffer[] = [];
  for await (const chunk of zip.outputStream) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks);
}

const withoutIds = (ndjson: string) =>
  ndjson
    .trim()
    .split("\n")
    .map((line) => ({ ...JSON.parse(line), id: undefined }));

describe("tip convert on .xlsx workbooks", () => {
  it("converts CTDC's workbook as its CSV, with --from ctdc and detected, exit 0", async () => {
    const workbook = join(tmp.dir, "ctdc.xlsx");
    await ctdcWorkbook(workbook);
    const fromCsv = await convert([ctdcCsv, "--to", "tip"]);
    const given = await convert([workbook, "--from", "ctdc", "--to", "tip"]);
    const detected = await convert([workbook, "--to", "tip"]);
    expect([fromCsv.code, given.code, detected.code]).toEqual([0, 0, 0]);
    expect(withoutIds(given.stdout)).toEqual(withoutIds(fromCsv.stdout));
    expect(detected.stdout).toBe(given.stdout);
    expect(detected.stderr).toContain("tip convert ctdc -> tip: 3 rows: 3 converted");
    // A workbook named otherwise is known by its zip signature.
    const unnamed = join(tmp.dir, "ctdc-export");
    writeFileSync(unnamed, readFileSync(workbook));
    expect((await convert([unnamed, "--to", "tip"])).stdout).toBe(
      (await convert([unnamed, "--from", "ctdc", "--to", "tip"])).stdout,
    );
  });

  it("exits 2 with a located message, no stack and no value on hostile workbooks", async () => {
    const workbook = join(tmp.dir, "base.xlsx");
    await ctdcWorkbook(workbook);
    const cases: [string, Buffer, string[], RegExp][] = [
      ["not-zip.xlsx", Buffer.from("gender,citizenship\nFemale,NA\n"), [], /not a zip archive/],
      [
        "cut.xlsx",
        readFileSync(workbook).subarray(0, 2000),
        ["--from", "ctdc"],
        /not a readable \.xlsx workbook/,
      ],
      [
        "bomb.xlsx",
        await zipOf({
          "xl/workbook.xml": Buffer.from("<workbook/>"),
          "xl/zeros.bin": Buffer.alloc(3 * 1024 * 1024),
        }),
        ["--from", "ctdc"],
        /over the reader's limit maxCompressionRatio = 200/,
      ],
      ["as-csv.xlsx", readFileSync(workbook), ["--from", "csv"], /--from csv reads text/],
    ];
    for (const [name, bytes, args, message] of cases) {
      const path = join(tmp.dir, name);
      writeFileSync(path, bytes);
      const result = await convert([path, ...args, "--to", "tip", "-o", join(tmp.dir, `${name}.ndjson`)]);
      expect(result.code, `${name} ${result.stderr}`).toBe(2);
      expect(result.stderr, name).toMatch(message);
      expect(result.stderr).not.toMatch(/\n\s+at |Female|Datos/);
    }
    const spanish = await convert([join(tmp.dir, "bomb.xlsx"), "--from", "ctdc", "--to", "tip"], "es");
    expect(spanish.stderr).toContain("el libro supera el límite del lector maxCompressionRatio = 200");
  });
});
