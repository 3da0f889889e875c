import { type NumberFieldNode, nodeAt, recordFieldTree } from "@tip/schema";
import ExcelJS from "exceljs";
import { describe, expect, it } from "vitest";
import { HTCDS_SLOTS, type HtcdsField, type HtcdsSlot, slotKindOf } from "./htcds-slots.js";
import { mergeSlot } from "./merge-slot.js";
import type { CellRead } from "./read-cell.js";
import { readCell } from "./read-cell.js";
import { readCsvTable } from "./read-csv-table.js";
import { readXlsxTable } from "./read-xlsx-table.js";
import type { SourceCell, SourceTable } from "./source-table.js";

// HTCDS 2.0 has no field of the model's `Year` type (1900 to 2100), so the year cells are read here through a
// slot made for `victim.birthYear`, from cells as the workbook and CSV readers give them.
const victim = recordFieldTree("victim");
const birthYear = nodeAt(victim, ["birthYear"]) as NumberFieldNode;
const slot: HtcdsSlot = {
  names: ["prs_BirthYear"],
  recordType: "victim",
  path: ["birthYear"],
  fieldId: "victim.birthYear",
  kind: slotKindOf(birthYear),
  many: false,
  schema: birthYear.schema,
  required: false,
};
const field: HtcdsField = { slot, source: 0, name: "prs_BirthYear" };
const HEADER = ["prs_Gender", "prs_Birthdate", "prs_Nationality"];
const read = (cell: SourceCell): CellRead => readCell(cell, field, ";", false);

/** The cells of the fourth column, from row to row, as a table gives them. */
function column(table: SourceTable): (SourceCell | undefined)[] {
  return table.rows.map((row) => row.cells.get(3));
}

async function xlsxCells(
  values: readonly (ExcelJS.CellValue | undefined)[],
): Promise<(SourceCell | undefined)[]> {
  const book = new ExcelJS.Workbook();
  const sheet = book.addWorksheet("People");
  sheet.addRow([...HEADER, "prs_BirthYear"]);
  for (const value of values) sheet.addRow(["Female", "2001-02-03", "TT", value]);
  const bytes = new Uint8Array(await book.xlsx.writeBuffer());
  return column(await readXlsxTable(bytes));
}

describe("year fields", () => {
  it("are years by the field model, and HTCDS 2.0 has none", () => {
    expect(slot.kind).toBe("year");
    expect(slotKindOf(nodeAt(victim, ["ageAtRecruitment"]) as NumberFieldNode)).toBe("integer");
    expect(slotKindOf(nodeAt(victim, ["address", "latitude"]) as NumberFieldNode)).toBe("number");
    expect(HTCDS_SLOTS.filter((known) => known.kind === "year")).toEqual([]);
  });

  it("read a year from a number, text or date cell of a workbook", async () => {
    const cells = await xlsxCells([
      2019,
      "2019",
      2019.0,
      new Date(Date.UTC(2019, 0, 1)),
      new Date(Date.UTC(2019, 4, 3)),
      { formula: "2000+19", result: 2019 },
    ]);
    const reads = cells.map((cell) => read(cell as SourceCell));
    expect(reads.map((r) => r.values)).toEqual([[2019], [2019], [2019], [2019], [2019], [2019]]);
    expect(reads.map((r) => r.problems)).toEqual([[], [], [], [], [], []]);
    // A date holds more than its year: the cell is kept as written, and the field is reported lossy.
    expect(reads.map((r) => r.lossy !== undefined)).toEqual([false, false, false, true, true, false]);
    expect(reads[4]?.raw).toBe("2019-05-03");
    expect(reads[5]?.formula).toBe(true);
  });

  it("read a year from CSV text, a date's year included", () => {
    const table = readCsvTable(
      "prs_Gender,prs_Birthdate,prs_Nationality,prs_BirthYear\nFemale,2001-02-03,TT,2019\nFemale,2001-02-03,TT, 2019 \nFemale,2001-02-03,TT,2019-05\nFemale,2001-02-03,TT,2019-05-03\n",
    );
    const reads = column(table).map((cell) => read(cell as SourceCell));
    expect(reads.map((r) => r.values)).toEqual([[2019], [2019], [2019], [2019]]);
    expect(reads.map((r) => r.lossy !== undefined)).toEqual([false, false, true, true]);
  });

  it("report an invalid year at its cell, keeping the cell, whatever the source", async () => {
    const xlsx = await xlsxCells([
      1899,
      2101,
      2019.5,
      "19x9",
      "03/05/2019",
      new Date(Date.UTC(1850, 1, 1)),
      true,
    ]);
    const csv = column(
      readCsvTable(
        "prs_Gender,prs_Birthdate,prs_Nationality,prs_BirthYear\nFemale,2001-02-03,TT,1899\nFemale,2001-02-03,TT,2101\nFemale,2001-02-03,TT,2019.5\nFemale,2001-02-03,TT,19x9\nFemale,2001-02-03,TT,03/05/2019\nFemale,2001-02-03,TT,1850-02-01\nFemale,2001-02-03,TT,TRUE\n",
      ),
    );
    for (const cells of [xlsx, csv]) {
      const reads = cells.map((cell) => read(cell as SourceCell));
      expect(reads).toHaveLength(7);
      for (const r of reads) {
        expect(r.values).toEqual([]);
        expect(r.problems).toHaveLength(1);
        expect(r.raw).not.toBe("");
      }
      expect(reads.map((r) => r.problems[0]?.code)).toEqual([
        "invalid_format",
        "invalid_format",
        "invalid_number",
        "invalid_number",
        "invalid_number",
        "invalid_format",
        "invalid_number",
      ]);
      // The problem names what was expected, never the cell.
      for (const r of reads) expect(JSON.stringify(r.problems)).not.toMatch(/1899|2101|19x9|1850/);
    }
  });

  it("keep a date's cell under extensions.htcds, the field reported lossy", () => {
    const dated = read({ value: "2019-05-03" });
    const merged = mergeSlot(slot, [dated]);
    expect(merged).toEqual({
      value: 2019,
      keepRaw: true,
      lossy: "a date in a year field: its year was kept",
    });
    expect(mergeSlot(slot, [read({ value: 2019 })])).toEqual({ value: 2019, keepRaw: false });
  });
});
