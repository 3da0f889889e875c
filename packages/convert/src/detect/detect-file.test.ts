import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { excelWorkbook } from "../testing/xlsx-builders.js";
import { detectFile } from "./detect-file.js";

const temp = mkdtempSync(join(tmpdir(), "detect-file-"));
afterAll(() => rmSync(temp, { recursive: true, force: true }));

async function saved(name: string, bytes: Uint8Array | string): Promise<string> {
  const path = join(temp, name);
  writeFileSync(path, bytes);
  return path;
}

describe("detectFile on workbooks", () => {
  it("tells CTDC from HTCDS by the first sheet's header, by name or by zip signature", async () => {
    const ctdc = await excelWorkbook({
      Data: [
        ["gender", "ageBroad", "citizenship"],
        ["Female", "18--20", "NA"],
      ],
    });
    const htcds = await excelWorkbook({
      Data: [
        ["prs_FirstName", "prs_Gender"],
        ["Ola", "Feminine"],
      ],
    });
    expect(await detectFile(await saved("ctdc.xlsx", ctdc))).toEqual({
      format: "ctdc",
      by: "header",
      workbook: true,
    });
    expect(await detectFile(await saved("ctdc-export", ctdc))).toEqual({
      format: "ctdc",
      by: "header",
      workbook: true,
    });
    expect(await detectFile(await saved("htcds.xlsx", htcds))).toMatchObject({
      format: "htcds",
      htcdsLayout: "xlsx",
    });
    // A workbook with neither header is HTCDS by its name (its reader looks on every sheet and explains).
    const other = await excelWorkbook({ Notes: [["read me"]] });
    expect(await detectFile(await saved("other.xlsx", other))).toMatchObject({
      format: "htcds",
      by: "extension",
    });
  });

  it("leaves damaged workbooks to the reader, and does not take a zip that is no workbook for one", async () => {
    expect(await detectFile(await saved("bad.xlsx", "not a zip"))).toMatchObject({
      format: "htcds",
      by: "extension",
    });
    const ctdc = await excelWorkbook({ Data: [["gender", "citizenship"]] });
    expect(await detectFile(await saved("cut", ctdc.subarray(0, 500)))).toBeUndefined();
  });
});
