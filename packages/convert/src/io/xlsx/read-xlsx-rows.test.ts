import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import ExcelJS from "exceljs";
import { afterAll, describe, expect, it } from "vitest";
import { inlineCell, rawWorkbook, rawWorkbookParts, zipOf } from "../../testing/xlsx-builders.js";
import { ConvertInputError } from "../convert-input-error.js";
import { readXlsxRows, XlsxWorkbook } from "./read-xlsx-rows.js";
import { type XlsxCaps, XlsxLimitError, type XlsxReadError } from "./xlsx-caps.js";
import type { XlsxRow } from "./xlsx-cell.js";
import { xlsxRowText } from "./xlsx-cell.js";

const temp = mkdtempSync(join(tmpdir(), "xlsx-rows-"));
afterAll(() => rmSync(temp, { recursive: true, force: true }));

async function allRows(source: string | Uint8Array, options: Parameters<typeof readXlsxRows>[1] = {}) {
  const rows: XlsxRow[] = [];
  for await (const row of readXlsxRows(source, options)) rows.push(row);
  return rows;
}

/** The error a read throws; its message never carries the secret (a value, a sheet name, a header). */
async function readError(
  source: Uint8Array,
  options: Parameters<typeof readXlsxRows>[1] = {},
  secret?: string,
) {
  const error = await allRows(source, options).then(
    () => undefined,
    (caught: unknown) => caught,
  );
  expect(error).toBeInstanceOf(ConvertInputError);
  const message = (error as Error).message;
  expect([...message].some((char) => char.charCodeAt(0) < 32 || char.charCodeAt(0) === 127)).toBe(false);
  if (secret !== undefined) expect(message).not.toContain(secret);
  return error as ConvertInputError;
}

const caps = (given: Partial<XlsxCaps>) => ({ caps: given });

describe("readXlsxRows on workbooks as Excel users make them", () => {
  it("reads shared strings, numbers, booleans, dates, rich text, formulas and errors, sparse", async () => {
    const book = new ExcelJS.Workbook();
    const sheet = book.addWorksheet("Data");
    sheet.getCell("A1").value = "name";
    sheet.getCell("D1").value = "count";
    sheet.getCell("A2").value = { richText: [{ text: "Ma", font: { bold: true } }, { text: "ria" }] };
    sheet.getCell("B2").value = 42.5;
    sheet.getCell("C2").value = true;
    sheet.getCell("D2").value = new Date(Date.UTC(2021, 4, 17));
    sheet.getCell("E2").value = { formula: "B2*2", result: 85 };
    sheet.getCell("F2").value = { error: "#N/A" };
    sheet.getCell("B4").value = "  ";
    const bytes = new Uint8Array(await book.xlsx.writeBuffer());
    const rows = await allRows(bytes);
    expect(rows.map((row) => row.row)).toEqual([1, 2, 4]);
    expect(rows[0]?.cells).toEqual([
      { column: 0, value: "name" },
      { column: 3, value: "count" },
    ]);
    expect(rows[1]?.cells).toEqual([
      { column: 0, value: "Maria" },
      { column: 1, value: 42.5 },
      { column: 2, value: true },
      { column: 3, value: new Date(Date.UTC(2021, 4, 17)) },
      { column: 4, value: 85, formula: true },
      { column: 5, value: "#N/A", error: true },
    ]);
    expect(xlsxRowText(rows[1] as XlsxRow, 8)).toEqual([
      "Maria",
      "42.5",
      "TRUE",
      "2021-05-17",
      "85",
      "#N/A",
      "",
      "",
    ]);
    expect(xlsxRowText(rows[0] as XlsxRow, 2)).toEqual(["name", "", "", "count"]);
  });

  it("reads inline strings, rich-text runs without phonetic guides, prefixed elements and serial dates", async () => {
    const data =
      `<row r="1">${inlineCell("A1", "a & b")}<c r="C1" t="inlineStr"><is><r><t>Jo</t></r><r><t>sé</t></r><rPh><t>ジョ</t></rPh></is></c></row>` +
      `<row r="2"><c r="A2" s="1"><v>44197</v></c><c r="B2" s="2"><v>44197.5</v></c><c r="C2"><v>44197</v></c><c r="D2" t="str"><f>A1</f><v>x</v></c></row>` +
      `<row r="3"><c r="A3" s="1"/><c r="B3"><v></v></c></row>`;
    const prefixed = rawWorkbookParts("");
    prefixed["xl/worksheets/sheet1.xml"] =
      `<x:worksheet xmlns:x="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><x:sheetData><x:row r="1"><x:c r="B1" t="inlineStr"><x:is><x:t>p</x:t></x:is></x:c></x:row></x:sheetData></x:worksheet>`;
    expect(await allRows(await rawWorkbook(data))).toEqual([
      {
        row: 1,
        cells: [
          { column: 0, value: "a & b" },
          { column: 2, value: "José" },
        ],
      },
      {
        row: 2,
        cells: [
          { column: 0, value: new Date(Date.UTC(2021, 0, 1)) },
          { column: 1, value: new Date(Date.UTC(2021, 0, 1, 12)) },
          { column: 2, value: 44197 },
          { column: 3, value: "x", formula: true },
        ],
      },
    ]);
    expect(await allRows(await zipOf(prefixed))).toEqual([{ row: 1, cells: [{ column: 1, value: "p" }] }]);
  });

  it("undoes Excel's _xHHHH_ escapes once only, in inline, shared and formula strings", async () => {
    // Excel writes the text `_x0041_` as `_x005F_x0041_` (its underscore escaped) and a tab-less control
    // character as `_x0001_`: read back, they are `_x0041_` and U+0001, never `A`.
    const escaped = "_x005F_x0041_ and _x0001_";
    const text = "_x0041_ and \u0001";
    const data = `<row r="1"><c r="A1" t="inlineStr"><is><t>${escaped}</t></is></c><c r="B1" t="s"><v>0</v></c><c r="C1" t="str"><f>A1</f><v>${escaped}</v></c></row>`;
    const rows = await allRows(await rawWorkbook(data, { sharedStrings: [escaped] }));
    expect(rows).toEqual([
      {
        row: 1,
        cells: [
          { column: 0, value: text },
          { column: 1, value: text },
          { column: 2, value: text, formula: true },
        ],
      },
    ]);
  });

  it("reads a workbook from a file path the same as from its bytes, and stops reading when the loop stops", async () => {
    const bytes = await rawWorkbook(
      `<row r="1">${inlineCell("A1", "h")}</row><row r="2">${inlineCell("A2", "v")}</row>`,
    );
    const path = join(temp, "book.xlsx");
    writeFileSync(path, bytes);
    expect(await allRows(path)).toEqual(await allRows(bytes));
    for await (const row of readXlsxRows(path)) {
      expect(row.row).toBe(1);
      break;
    }
  });

  it("tolerates a sheet that refers to a drawing missing from the archive", async () => {
    const rels = `<?xml version="1.0"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rIdD" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/drawing" Target="../drawings/drawing1.xml"/></Relationships>`;
    const bytes = await rawWorkbook(`<row r="1">${inlineCell("A1", "ok")}</row>`, { sheetRels: rels });
    expect(await allRows(bytes)).toEqual([{ row: 1, cells: [{ column: 0, value: "ok" }] }]);
  });
});

describe("readXlsxRows on hostile workbooks", () => {
  it("reads one cell at XFD1 as one cell, never the 16,383 empty ones before it", async () => {
    const bytes = await rawWorkbook(`<row r="1">${inlineCell("XFD1", "far")}</row>`);
    expect(await allRows(bytes)).toEqual([{ row: 1, cells: [{ column: 16_383, value: "far" }] }]);
    const error = await readError(bytes, caps({ maxColumns: 200 }), "far");
    expect(error).toBeInstanceOf(XlsxLimitError);
    expect((error as XlsxLimitError).limit).toBe("maxColumns");
    expect(error.message).toContain("sheet 1, row 1, column 16384");
  });

  it("refuses a cell beyond Excel's last column and a row beyond its last row", async () => {
    const wide = await readError(await rawWorkbook(`<row r="1">${inlineCell("XFE1", "x")}</row>`));
    expect((wide as XlsxLimitError).limit).toBe("maxColumns");
    const tall = await readError(await rawWorkbook(`<row r="1048577">${inlineCell("A1048577", "x")}</row>`));
    expect((tall as XlsxLimitError).limit).toBe("maxRows");
    expect(tall.message).toContain("row 1048577");
  });

  it("refuses rows, cells and cell text over lowered caps, naming the cap and the sheet by position", async () => {
    const rows = Array.from(
      { length: 50 },
      (_, index) =>
        `<row r="${index + 1}">${inlineCell(`A${index + 1}`, "v")}${inlineCell(`C${index + 1}`, "w")}</row>`,
    ).join("");
    const bytes = await rawWorkbook(rows, { names: ["Secret sheet"] });
    expect(await allRows(bytes)).toHaveLength(50);
    const tall = await readError(bytes, caps({ maxRows: 49 }), "Secret sheet");
    expect(tall.message).toMatch(/maxRows = 49 \(sheet 1, row 50\)/);
    // 3 cells a row counted (A, the empty B, C): 40 rows fit in 120, the 41st does not.
    const many = await readError(bytes, caps({ maxCells: 120 }));
    expect((many as XlsxLimitError).location).toEqual({ sheet: 1, row: 41 });
    const long = await readError(
      await rawWorkbook(`<row r="1">${inlineCell("A1", "x".repeat(40))}</row>`),
      caps({ maxCellChars: 39 }),
    );
    expect((long as XlsxLimitError).limit).toBe("maxCellChars");
  });

  it("refuses a zip bomb from its central directory, before inflating it", async () => {
    const zeros = new Uint8Array(3 * 1024 * 1024);
    const bomb = await zipOf(rawWorkbookParts("", { extra: { "xl/media/zeros.bin": zeros } }));
    expect(bomb.byteLength).toBeLessThan(50_000);
    expect(((await readError(bomb)) as XlsxLimitError).limit).toBe("maxCompressionRatio");
    const stored = await zipOf(rawWorkbookParts("", { extra: { "xl/media/zeros.bin": zeros } }), [
      "xl/media/zeros.bin",
    ]);
    expect(((await readError(stored, caps({ maxEntryBytes: 1024 * 1024 }))) as XlsxLimitError).limit).toBe(
      "maxEntryBytes",
    );
    expect(
      ((await readError(stored, caps({ maxTotalBytes: 2 * 1024 * 1024 }))) as XlsxLimitError).limit,
    ).toBe("maxTotalBytes");
    expect(((await readError(stored, caps({ maxEntries: 4 }))) as XlsxLimitError).limit).toBe("maxEntries");
  });

  it("refuses a part whose central directory understates its size, and one that overstates it past the cap", async () => {
    const sheet = "xl/worksheets/sheet1.xml";
    const rows = Array.from(
      { length: 200 },
      (_, index) => `<row r="${index + 1}">${inlineCell(`A${index + 1}`, "value")}</row>`,
    ).join("");
    const bytes = await zipOf(rawWorkbookParts(rows));
    const patched = (size: number) => {
      const copy = Buffer.from(bytes);
      const name = Buffer.from(sheet);
      // The central directory header of the sheet: signature 0x02014b50, its name at offset 46.
      for (let at = copy.length - 46; at >= 0; at--) {
        if (
          copy.readUInt32LE(at) === 0x02014b50 &&
          copy.subarray(at + 46, at + 46 + name.length).equals(name)
        ) {
          copy.writeUInt32LE(size, at + 24);
          return new Uint8Array(copy);
        }
      }
      throw new Error("no central directory entry");
    };
    expect(((await readError(patched(100))) as XlsxReadError).fault).toBe("damaged_zip");
    expect(((await readError(patched(0xfff0_0000))) as XlsxLimitError).limit).toBe("maxEntryBytes");
  });

  it("refuses bytes that are not a zip, and a zip cut short at any point", async () => {
    expect((await readError(new TextEncoder().encode("name,age\nA,1\n"))).code).toBe("unknown_format");
    const bytes = await rawWorkbook(`<row r="1">${inlineCell("A1", "Secret")}</row>`);
    for (const fraction of [0.1, 0.3, 0.5, 0.7, 0.9, 0.99]) {
      await readError(bytes.subarray(0, Math.floor(bytes.byteLength * fraction)), {}, "Secret");
    }
  });

  it("refuses a missing sheet part, shared strings that are missing or out of range, and bad references", async () => {
    const missingSheet = await zipOf(rawWorkbookParts("", { omit: ["xl/worksheets/sheet1.xml"] }));
    expect(((await readError(missingSheet)) as XlsxReadError).fault).toBe("missing_part");
    const noStrings = await rawWorkbook(`<row r="1"><c r="A1" t="s"><v>0</v></c></row>`);
    expect(((await readError(noStrings)) as XlsxReadError).location).toEqual({ sheet: 1, row: 1, column: 1 });
    const outOfRange = await rawWorkbook(`<row r="1"><c r="B1" t="s"><v>7</v></c></row>`, {
      sharedStrings: ["a"],
    });
    expect(((await readError(outOfRange)) as XlsxReadError).fault).toBe("bad_reference");
    const badRef = await rawWorkbook(`<row r="1"><c r="1A" t="inlineStr"><is><t>x</t></is></c></row>`);
    expect(((await readError(badRef)) as XlsxReadError).fault).toBe("bad_reference");
    const noWorkbook = await zipOf(rawWorkbookParts("", { omit: ["xl/workbook.xml"] }));
    expect(((await readError(noWorkbook)) as XlsxReadError).fault).toBe("no_workbook");
    expect(((await readError(await rawWorkbook(""), { sheet: 3 })) as XlsxReadError).fault).toBe("no_sheet");
  });

  it("refuses malformed XML and does not expand entities a DTD declares", async () => {
    const broken = await rawWorkbook(`<row r="1"><c r="A1" t="inlineStr"><is><t>x</is></c></row>`);
    expect(((await readError(broken)) as XlsxReadError).fault).toBe("malformed_xml");
    const laughs = rawWorkbookParts("");
    laughs["xl/worksheets/sheet1.xml"] =
      `<?xml version="1.0"?><!DOCTYPE worksheet [<!ENTITY a "aaaaaaaaaa"><!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;">]><worksheet><sheetData><row r="1"><c r="A1" t="inlineStr"><is><t>&b;</t></is></c></row></sheetData></worksheet>`;
    expect(((await readError(await zipOf(laughs))) as XlsxReadError).fault).toBe("malformed_xml");
  });

  it("reads a `__proto__` header and a sheet name with terminal escapes as data, never printing them", async () => {
    const name = "\u001b[31mEvil\u001b[0m";
    const data = `<row r="1">${inlineCell("A1", "__proto__")}${inlineCell("B1", "constructor")}</row><row r="2">${inlineCell("A2", "x")}</row>`;
    // Office writes characters XML cannot hold as `_xHHHH_`; written raw, the XML is not well-formed.
    const bytes = await rawWorkbook(data, { names: [name.replaceAll("\u001b", "_x001B_")] });
    const raw = await readError(await rawWorkbook(data, { names: [name] }), {}, "Evil");
    expect(raw.message).not.toContain("\u001b");
    const workbook = await XlsxWorkbook.open(bytes);
    expect(workbook.sheetIndex(name)).toBe(0);
    workbook.close();
    const rows = await allRows(bytes);
    expect(xlsxRowText(rows[0] as XlsxRow, 0)).toEqual(["__proto__", "constructor"]);
    expect(Object.keys(Object.prototype)).toEqual([]);
    const error = await readError(bytes, caps({ maxRows: 1 }), "Evil");
    expect(error.message).not.toContain("\u001b");
  });
});
