import { readFileSync } from "node:fs";
import { CODE_LISTS, type CodeListId } from "@tip/schema";
import ExcelJS from "exceljs";
import { describe, expect, it } from "vitest";
import { decodeCode, encodeCode, otherValue } from "./htcds-codes.js";
import { fieldOfName } from "./htcds-slots.js";
import { fieldOfLabel } from "./resolve-columns.js";

const TEMPLATE = new URL(
  "./assets/HTCDS-Excel-Spreadsheet-single-select-with-validation-v2.0.xlsx",
  import.meta.url,
);
const XLSFORM = new URL("./fixtures/official/htcds_xlsform.xlsx", import.meta.url);

async function workbook(url: URL): Promise<ExcelJS.Workbook> {
  const book = new ExcelJS.Workbook();
  await book.xlsx.load(readFileSync(url) as never);
  return book;
}

describe("HTCDS picklist values", () => {
  it("decode every HTCDS value name of the schema's code lists, and encode back to the first", () => {
    for (const [id, list] of Object.entries(CODE_LISTS)) {
      const mappings = list.mappings as Readonly<Record<string, { htcds?: readonly string[] }>>;
      for (const code of list.codes as readonly string[]) {
        const names = mappings[code]?.htcds ?? [];
        // technology_purpose maps codes to HTCDS field names, not values: nothing to decode there.
        if (id === "technology_purpose") continue;
        for (const name of names) expect(decodeCode(id as CodeListId, name), `${id} ${name}`).toBe(code);
        if (names[0] !== undefined) expect(encodeCode(id as CodeListId, code)).toBe(names[0].trim());
      }
    }
  });

  it("decode labels of the official files (known facts)", () => {
    expect(decodeCode("means_of_control", "Threats of law enforcement")).toBe("threat_of_law_enforcement");
    expect(decodeCode("means_of_control", "Debt bondage ")).toBe("debt_bondage");
    expect(decodeCode("exploitation_form", "Forced military (by non-state actors)")).toBe("forced_military");
    expect(decodeCode("isic_section", "Water supply; sewerage, waste management and remediation")).toBe("E");
    expect(decodeCode("identification_status", "Possible victim of trafficking")).toBe("presumed");
    expect(decodeCode("case_status", "Follow up")).toBe("follow_up");
    expect(decodeCode("country", "Congo, Democratic Republic of the")).toBe("CD");
    expect(decodeCode("country", "Congo")).toBe("CG");
    expect(decodeCode("country", "Netherlands")).toBe("NL");
    expect(decodeCode("country", "ARG")).toBe("AR");
    expect(decodeCode("country", "NA")).toBe("NA");
    expect(decodeCode("language", "spa")).toBe("es");
    expect(decodeCode("language", "es")).toBe("es");
  });

  it("decode ISO 639-2 values of the region's languages, and ISO 639-3 codes, as the model's codes", () => {
    expect(decodeCode("language", "nah")).toBe("nah");
    expect(decodeCode("language", "NAH")).toBe("nah");
    expect(decodeCode("language", "myn")).toBe("myn");
    expect(decodeCode("language", "que")).toBe("qu");
    expect(decodeCode("language", "grn")).toBe("gn");
    expect(decodeCode("language", "quc")).toBe("quc");
    expect(decodeCode("language", "Nahuatl languages")).toBe("nah");
    expect(decodeCode("language", "und")).toBeUndefined();
    expect(decodeCode("country", "AN")).toBe("AN");
    expect(decodeCode("country", "ANT")).toBe("AN");
  });

  it("write languages as ISO 639-2, or the ISO 639-3 code where ISO 639-2 has none", () => {
    expect(encodeCode("language", "qu")).toBe("que");
    expect(encodeCode("language", "nah")).toBe("nah");
    expect(encodeCode("language", "quc")).toBe("quc");
  });

  it("decode nothing that is not a value of the list", () => {
    expect(decodeCode("gender", "Martian")).toBeUndefined();
    expect(decodeCode("country", "ZZ")).toBeUndefined();
    expect(decodeCode("country", "Korea")).toBeUndefined();
    expect(decodeCode("isic_section", "A_AgricultureForestryAndFishing C_Manufacturing")).toBeUndefined();
    expect(decodeCode("gender", "")).toBeUndefined();
  });

  it("write Other for codes without an HTCDS value only where the list has Other", () => {
    expect(encodeCode("means_of_control", "restricts_movement")).toBeUndefined();
    expect(otherValue("means_of_control")).toBe("Other");
    expect(otherValue("assistance_service")).toBeUndefined();
    expect(encodeCode("country", "AR")).toBe("AR");
  });

  it("decode every entry of the template's validation lists (Turkey, now Türkiye, through its alias)", async () => {
    const lists = (await workbook(TEMPLATE)).getWorksheet("validation") as ExcelJS.Worksheet;
    const failures: string[] = [];
    let decoded = 0;
    for (let column = 2; column <= 16; column++) {
      const list = fieldOfLabel(lists.getCell(3, column).text)?.slot.codeList;
      if (list === undefined) continue;
      for (let row = 4; row <= 260; row++) {
        const entry = lists.getCell(row, column).text;
        if (entry === "") continue;
        if (decodeCode(list, entry) === undefined) failures.push(entry);
        else decoded++;
      }
    }
    expect(decoded).toBeGreaterThan(340);
    expect(failures).toEqual([]);
  });

  it("decode every choice name and label of the official XLSForm (Turkey too)", async () => {
    const book = await workbook(XLSFORM);
    const fieldOfList = new Map<string, string>();
    (book.getWorksheet("survey") as ExcelJS.Worksheet).eachRow((row) => {
      const type = /^select_(?:one|multiple) (\S+)/.exec(row.getCell(1).text);
      if (type?.[1]) fieldOfList.set(type[1], row.getCell(2).text);
    });
    const failures: string[] = [];
    (book.getWorksheet("choices") as ExcelJS.Worksheet).eachRow((row, index) => {
      const list = fieldOfName(fieldOfList.get(row.getCell(1).text) ?? "")?.slot.codeList;
      if (index === 1 || list === undefined) return;
      for (const text of [row.getCell(2).text, row.getCell(3).text])
        if (decodeCode(list, text) === undefined) failures.push(text);
    });
    expect(failures).toEqual([]);
  });
});

describe("HTCDS country values", () => {
  it("decode former country names through the country list's aliases", () => {
    expect(decodeCode("country", "Turkey")).toBe("TR");
    expect(decodeCode("country", "Burma")).toBe("MM");
    expect(decodeCode("country", "Czech Republic")).toBe("CZ");
  });
});
