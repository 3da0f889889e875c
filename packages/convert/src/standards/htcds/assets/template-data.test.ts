import { readFileSync, writeFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { renderTemplateData, templateValidations } from "./template-source.js";

const FILE = "HTCDS-Excel-Spreadsheet-single-select-with-validation-v2.0.xlsx";
const template = new URL(FILE, import.meta.url);
const generated = new URL("template-data.generated.ts", import.meta.url);

describe("template-data.generated.ts", () => {
  it("is up to date with the template file (UPDATE_GENERATED=1 regenerates it)", () => {
    const expected = renderTemplateData(readFileSync(template), FILE);
    if (process.env.UPDATE_GENERATED === "1") writeFileSync(fileURLToPath(generated), expected);
    expect(readFileSync(generated, "utf8")).toBe(expected);
  });

  it("reads the 13 validations of the official template: 12 lists and a date range over two columns", () => {
    const validations = templateValidations(readFileSync(template), "Case Sheet");
    expect(validations.filter((validation) => validation.type === "list")).toHaveLength(12);
    expect(validations.filter((validation) => validation.type === "date").map((v) => v.sqref)).toEqual([
      "AD3:AD502 AK3:AK502",
    ]);
    expect(validations.find((validation) => validation.sqref === "H3:H502")?.formulae).toEqual([
      "validation!$B$4:$B$9",
    ]);
  });
});
