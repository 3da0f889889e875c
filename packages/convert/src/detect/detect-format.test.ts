import { describe, expect, it } from "vitest";
import { CTDC_2024_COLUMNS } from "../standards/ctdc/ctdc-2024-columns.js";
import { detectFormat } from "./detect-format.js";
import { HTCDS_PREFIXES } from "./htcds-names.js";

describe("detectFormat", () => {
  it("goes by extension for NDJSON and xlsx", () => {
    expect(detectFormat({ fileName: "export.ndjson" })?.format).toBe("tip");
    expect(detectFormat({ fileName: "EXPORT.JSONL" })?.format).toBe("tip");
    expect(detectFormat({ fileName: "HTCDS-Excel-Spreadsheet-v2.0.xlsx" })?.format).toBe("htcds");
  });

  it("knows HTCDS headers by their table prefixes, all spellings", () => {
    expect(HTCDS_PREFIXES).toEqual(expect.arrayContaining(["prs_", "vic_", "cas_"]));
    const header = [
      "prs_FirstName",
      "prs_Gender",
      "vic_TraffickinStatusDecisionMakingOrg",
      "prs_Citizenship",
    ];
    expect(detectFormat({ fileName: "cases.csv", header })).toEqual({ format: "htcds", by: "header" });
    expect(detectFormat({ header: ["prs_First_Name", "vic_Methods_of_Control", "start"] })?.format).toBe(
      "htcds",
    );
  });

  it("knows CTDC headers of both generations, also cut to 32 characters", () => {
    expect(detectFormat({ fileName: "ctdc.csv", header: [...CTDC_2024_COLUMNS] })?.format).toBe("ctdc");
    const global = [
      "yearOfRegistration",
      "Datasource",
      "gender",
      "ageBroad",
      "majorityStatus",
      "citizenship",
    ];
    expect(detectFormat({ header: [...global, "meansOfControlPsychoactiveSubsta"] })?.format).toBe("ctdc");
  });

  it("knows flat CSV by its dotted paths and says which record type", () => {
    const header = [
      "recordType",
      "id",
      "gender",
      "citizenships",
      "exploitation.forms",
      "identification.status",
    ];
    expect(detectFormat({ fileName: "victims.csv", header })).toEqual({
      format: "csv",
      entity: "victim",
      by: "header",
    });
    expect(detectFormat({ header: ["recordType", "id", "status", "events.0.role"] })?.entity).toBe("case");
  });

  it("tells canonical JSON from XLSForm JSON by its keys", () => {
    expect(detectFormat({ fileName: "a.json", sample: '{"recordType":"victim"}' })?.format).toBe("tip");
    expect(detectFormat({ fileName: "a.json", sample: '[{"group/prs_First_Name":"x"}]' })?.format).toBe(
      "htcds",
    );
  });

  it("gives up on anything else", () => {
    expect(detectFormat({ fileName: "notes.txt", header: ["a", "b"], sample: "a,b" })).toBeUndefined();
  });
});
