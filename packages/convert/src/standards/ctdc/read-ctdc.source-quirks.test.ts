import { describe, expect, it } from "vitest";
import { readCtdc } from "./read-ctdc.js";

const noteOf = (report: ReturnType<typeof readCtdc>["report"], field: string) =>
  report.fields.find((entry) => entry.field === field)?.note ?? "";

describe("readCtdc on files re-saved by pandas or a spreadsheet", () => {
  it("reads the unknown country 00 written as 0 or 0.0 as XX, and counts it in the report", () => {
    const { records, report } = readCtdc("citizenship,CountryOfExploitation\n0,0.0\n 0 ,US\n00,0\nCO,\n");
    expect(records.map((victim) => victim.citizenships)).toEqual([["XX"], ["XX"], ["XX"], ["CO"]]);
    expect(records.map((victim) => victim.exploitation?.countriesOfExploitation)).toEqual([
      ["XX"],
      ["US"],
      ["XX"],
      undefined,
    ]);
    expect(report.invalidValues).toEqual([]);
    expect(noteOf(report, "citizenship")).toContain("2 cells 0 or 0.0");
    expect(noteOf(report, "CountryOfExploitation")).toContain("2 cells 0 or 0.0");
  });

  it("still rejects other numbers in a country column", () => {
    const { records, report } = readCtdc("citizenship\n0.5\n1\n");
    expect(records.map((victim) => victim.citizenships)).toEqual([undefined, undefined]);
    expect(report.invalidValues.map((value) => value.row)).toEqual([1, 2]);
  });

  it("reads flags written 0.0 / 1.0", () => {
    const { records } = readCtdc("isForcedLabour,isSexualExploit\n0.0,1.0\n1.0,0.0\n");
    expect(records.map((victim) => victim.exploitation?.forms)).toEqual([
      ["sexual_exploitation"],
      ["forced_labour"],
    ]);
  });
});

describe("readCtdc on CTDC's own markers", () => {
  it("reads Unknown (not collected, hotline rows) as missing in flag, number and age-band columns", () => {
    const { records, report } = readCtdc(
      "ageBroad,isForcedLabour,isSexualExploit,yearOfRegistration,majorityStatus\n" +
        "Unknown,Unknown,1,unknown,Unknown\n9--17,1,UNKNOWN,2018,Minor\n",
    );
    expect(report.invalidValues).toEqual([]);
    expect(records[0]).not.toHaveProperty("ageBand");
    expect(records[0]).not.toHaveProperty("yearOfRegistration");
    expect(records[0]?.exploitation?.forms).toEqual(["sexual_exploitation"]);
    // majorityStatus has an `unknown` code of its own: Unknown is read as that code.
    expect(records[0]?.majorityStatus).toBe("unknown");
    expect(records[1]?.ageBand).toBe("9-17");
    expect(records[1]?.exploitation?.forms).toEqual(["forced_labour"]);
    expect(noteOf(report, "ageBroad")).toContain("1 cells Unknown");
    expect(noteOf(report, "isSexualExploit")).toContain("1 cells Unknown");
    // Cells read as missing are not rows with a value.
    expect(report.fields.find((entry) => entry.field === "ageBroad")?.rows).toBe(1);
  });

  it("leaves the terms-of-use first column of the raw 2020 file out quietly", () => {
    const header =
      '"By using this data you agree to the Terms of Use: https://www.ctdatacollaborative.org/terms-use",gender';
    const { records, report } = readCtdc(`${header}\n,Female\n,Male\n`);
    expect(records.map((victim) => victim.sex)).toEqual(["female", "male"]);
    expect(report.fields.map((entry) => entry.field)).toEqual(["gender"]);
    expect(records[0]).not.toHaveProperty("extensions");
  });

  it("keeps a value found in the terms-of-use column and says so, without echoing the header", () => {
    const header = "By using this data you agree to the Terms of Use: somewhere,gender";
    const { records, report } = readCtdc(`${header}\nZQXJ,Female\n`);
    expect(records[0]?.extensions?.ctdc).toEqual({ termsOfUse: "ZQXJ" });
    const entry = report.fields.find((field) => field.field === "termsOfUse");
    expect(entry?.outcome).toBe("unmapped");
    expect(entry?.rows).toBe(1);
    expect(JSON.stringify(report)).not.toContain("somewhere");
    expect(JSON.stringify(report)).not.toContain("ZQXJ");
  });

  it("does not take a terms-of-use text outside the first column for the notice", () => {
    const { report } = readCtdc("gender,By using this data you agree to the Terms of Use\nFemale,\n");
    expect(report.fields.find((field) => field.outcome === "unmapped")).toBeDefined();
  });
});

describe("readCtdc on country names", () => {
  it("reads former names and codes (Turkey, Swaziland, ZR) through the country list's aliases", () => {
    const { records, report } = readCtdc("citizenship\nTurkey\nSwaziland\nZR\nAN\nANT\n");
    // Netherlands Antilles split into several countries: kept as the former country, never guessed.
    expect(records.map((victim) => victim.citizenships)).toEqual([["TR"], ["SZ"], ["CD"], ["AN"], ["AN"]]);
    expect(report.invalidValues).toEqual([]);
    const warned = report.issues.filter((issue) => issue.code === "former_country_code");
    expect(warned.map((issue) => [issue.row, issue.path, issue.severity])).toEqual([
      [4, "/citizenships/0", "warning"],
      [5, "/citizenships/0", "warning"],
    ]);
    expect(report.rows).toMatchObject({ total: 5, invalid: 0, skipped: 0 });
  });
});

describe("readCtdc on the data dictionary's spellings", () => {
  it("reads Transgender/NonConforming (2021 dictionary) as Trans/Transgender/NonConforming is read", () => {
    const { records } = readCtdc("gender\nTransgender/NonConforming\nTrans/Transgender/NonConforming\n");
    expect(records[0]?.sex).toBe("other");
    expect(records[0]?.sex).toBe(records[1]?.sex);
    // Which of the three gender codes applied is unknown: the cell is kept as written, as for the other spelling.
    expect(records[0]?.extensions?.ctdc).toEqual({ gender: "Transgender/NonConforming" });
    expect(records[1]?.extensions?.ctdc).toEqual({ gender: "Trans/Transgender/NonConforming" });
  });
});
