import { existsSync, readFileSync, statSync } from "node:fs";
import { join } from "node:path";
import { readHtcds, XlsxWorkbook } from "@tip/convert";
import { afterAll, describe, expect, it } from "vitest";
import { run } from "../run.js";
import { memoryIo } from "../testing/memory-io.js";
import { tempDir } from "../testing/temp-dir.js";

const temp = tempDir("tip-template-");
afterAll(() => temp.remove());

/** Runs `tip` in-process in the test's folder. */
async function tip(args: readonly string[]) {
  const { io, stdout, stderr } = memoryIo({ cwd: temp.dir });
  const code = await run(args, io);
  return { code, stdout: stdout.text(), stderr: stderr.text() };
}

/** Where each of the named sheets is in a workbook file (`undefined` for a sheet it lacks). */
async function sheetPositions(file: string, names: readonly string[]): Promise<(number | undefined)[]> {
  const book = await XlsxWorkbook.open(new Uint8Array(readFileSync(file)));
  return names.map((name) => book.sheetIndex(name));
}

describe("tip template", () => {
  it("writes an XLSForm questionnaire, saying so in the chosen language", async () => {
    const result = await tip(["template", "--format", "xlsform", "--lang", "es", "-o", "form.xlsx"]);
    expect(result).toMatchObject({ code: 0, stderr: "" });
    expect(result.stdout).toContain("Plantilla xlsform (es) escrita en");
    const sheets = ["survey", "choices", "settings"];
    expect(await sheetPositions(join(temp.dir, "form.xlsx"), sheets)).toEqual([0, 1, 2]);
  });

  it("writes an Excel workbook that, left empty, reads back as no rows", async () => {
    const result = await tip(["template", "--format", "xlsx", "--lang", "fr", "-o", "book.xlsx"]);
    expect(result).toMatchObject({ code: 0, stderr: "" });
    expect(result.stdout).toContain("Modèle xlsx (fr) écrit dans");
    const read = await readHtcds(readFileSync(join(temp.dir, "book.xlsx")), { format: "xlsx" });
    expect(read.records).toEqual([]);
    expect(read.report.rows.total).toBe(0);
  });

  it("follows a shipped profile, offering the national codes it adds", async () => {
    const result = await tip(["template", "--format", "xlsform", "--profile", "mx", "-o", "mx.xlsx"]);
    expect(result.code).toBe(0);
    expect(result.stdout).toContain("profile mx");
    // The mx profile adds a form of exploitation of Mexico's law to the core list.
    const book = await XlsxWorkbook.open(join(temp.dir, "mx.xlsx"));
    const choices: string[] = [];
    for await (const row of book.rows(book.sheetIndex("choices"))) {
      const [list, name] = row.cells.map((cell) => String(cell.value));
      if (list === "exploitation_form") choices.push(name as string);
    }
    book.close();
    expect(choices.at(-1)).toBe("mx_illicit_biomedical_experimentation");
    expect(choices).toContain("sexual_exploitation");
  });

  it.each([
    [["template", "-o", "x.xlsx"], "--format is required"],
    [["template", "--format", "pdf", "-o", "x.xlsx"], "--format pdf is not a template format"],
    [
      ["template", "--format", "xlsx", "--lang", "de", "-o", "x.xlsx"],
      "--lang de is not a template language",
    ],
    [["template", "--format", "xlsx"], "-o, --output is required"],
    [["template", "--format", "xlsx", "-o", "-"], "-o, --output is required"],
  ])("refuses %j with exit 2 and a message", async (args, message) => {
    const result = await tip(args);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain(message);
    expect(result.stderr).not.toContain("    at ");
    expect(existsSync(join(temp.dir, "x.xlsx"))).toBe(false);
  });
});

describe("tip template on hostile outputs", () => {
  it("refuses -o naming the profile file it reads, leaving the profile untouched", async () => {
    const profile = readFileSync(new URL("../../../schema/profiles/palermo.profile.json", import.meta.url));
    const path = temp.write("national.profile.json", profile);
    const before = statSync(path).mtimeMs;
    const result = await tip([
      "template",
      "--format",
      "xlsx",
      "--profile",
      "national.profile.json",
      "-o",
      "national.profile.json",
    ]);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain("the same file");
    expect(readFileSync(path)).toEqual(profile);
    expect(statSync(path).mtimeMs).toBe(before);
  });

  it("refuses -o in a missing folder with one line and no partial file", async () => {
    const result = await tip(["template", "--format", "xlsform", "-o", "missing/form.xlsx"]);
    expect(result.code).toBe(2);
    expect(result.stderr.trim().split("\n")).toHaveLength(1);
    expect(result.stderr).not.toContain(temp.dir);
    expect(existsSync(join(temp.dir, "missing"))).toBe(false);
  });

  it("refuses -o naming a folder", async () => {
    const result = await tip(["template", "--format", "xlsx", "-o", "."]);
    expect(result.code).toBe(2);
    expect(result.stderr).not.toContain("    at ");
  });
});
