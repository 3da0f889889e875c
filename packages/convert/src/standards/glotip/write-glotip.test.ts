import { EXAMPLES } from "@tip/schema";
import { parse } from "csv-parse/sync";
import { describe, expect, it } from "vitest";
import { GLOTIP_COLUMNS } from "./glotip-columns.js";
import { writeGlotipCsv } from "./write-glotip.js";

describe("writeGlotipCsv", () => {
  it("writes an aggregate record in GLOTIP's columns from its codes", () => {
    const { text, report } = writeGlotipCsv([EXAMPLES.aggregate]);
    expect(text.split("\n")[1]).toBe(
      "TTO,Trinidad and Tobago,Americas,Latin America and the Caribbean,Detected trafficking victims,by form of exploitation,Sexual exploitation,Female,0 to 17 years,2022,Counts,12,GLOTIP",
    );
    expect(report.rows).toEqual({ total: 1, converted: 1, invalid: 0, skipped: 0 });
  });

  it("writes a withheld figure as <n and skips records of other types, counting them", () => {
    const suppressed = { ...EXAMPLES.aggregate, value: undefined, suppressed: { below: 5 } };
    const { text, report } = writeGlotipCsv([EXAMPLES.victim, suppressed]);
    expect(text.trim().split("\n")).toHaveLength(2);
    expect(text).toContain(",2022,Counts,<5,GLOTIP");
    expect(report.rows).toEqual({ total: 2, converted: 1, invalid: 0, skipped: 1 });
    expect(report.skipped).toEqual([{ row: 1, reason: "not_an_aggregate_record" }]);
  });

  it("neutralises a cell a spreadsheet would run as a formula", () => {
    const record = { ...EXAMPLES.aggregate, sourceLabels: { area: "=cmd|' /C calc'!A0" } };
    expect(writeGlotipCsv([record]).text).toContain(`,'=cmd|' /C calc'!A0,`);
  });

  it("writes a record that is not valid as it is, never failing nor dropping a value", () => {
    const odd = {
      ...EXAMPLES.aggregate,
      sex: "constructor",
      breakdown: [{ toString: null }],
      year: { toString: "" },
      country: ["AR"],
      sourceLabels: null,
      value: [1],
    };
    const { text, report } = writeGlotipCsv([null, odd] as unknown as Parameters<typeof writeGlotipCsv>[0]);
    expect(report.rows).toEqual({ total: 2, converted: 1, invalid: 0, skipped: 1 });
    expect(report.skipped).toEqual([{ row: 1, reason: "not_a_record" }]);
    const cells = parse(text, { from_line: 2 })[0] as string[];
    expect(cells[GLOTIP_COLUMNS.indexOf("Sex")]).toBe("constructor");
    expect(cells[GLOTIP_COLUMNS.indexOf("Year")]).toBe('{"toString":""}');
    expect(cells[GLOTIP_COLUMNS.indexOf("Iso3_code")]).toBe("");
    expect(cells[GLOTIP_COLUMNS.indexOf("Country")]).toBe('["AR"]');
    expect(cells[GLOTIP_COLUMNS.indexOf("txtVALUE")]).toBe("[1]");
    expect(cells[GLOTIP_COLUMNS.indexOf("Dimension")]).toBe('[{"toString":null}]');
  });
});
