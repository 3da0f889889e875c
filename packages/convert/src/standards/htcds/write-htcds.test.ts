import { readFileSync, writeFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import type { TipRecord } from "@tip/schema";
import ExcelJS from "exceljs";
import { describe, expect, it } from "vitest";
import { unzip } from "./assets/template-source.js";
import { readHtcds } from "./read-htcds.js";
import { writeHtcdsCsv } from "./write-htcds-csv.js";
import { writeHtcdsXlsx } from "./write-htcds-xlsx.js";

const UPDATE = process.env.UPDATE_FIXTURES === "1";
const fixture = (name: string) => new URL(`./fixtures/write-csv/${name}`, import.meta.url);
const records = readFileSync(fixture("input.ndjson"), "utf8")
  .split("\n")
  .filter((line) => line.trim() !== "")
  .map((line) => JSON.parse(line) as TipRecord);

async function sheetOf(bytes: Uint8Array): Promise<{ book: ExcelJS.Workbook; sheet: ExcelJS.Worksheet }> {
  const book = new ExcelJS.Workbook();
  await book.xlsx.load(Buffer.from(bytes) as never, { ignoreNodes: ["dataValidations"] });
  return { book, sheet: book.getWorksheet("Case Sheet") as ExcelJS.Worksheet };
}

describe("writeHtcdsCsv", () => {
  const { text, report } = writeHtcdsCsv(records);

  it("writes input.ndjson as expected.csv", () => {
    if (UPDATE) writeFileSync(fileURLToPath(fixture("expected.csv")), text);
    expect(text).toBe(readFileSync(fixture("expected.csv"), "utf8"));
  });

  it("neutralises formula injection with a leading apostrophe", () => {
    const row = text.split("\n")[1] as string;
    expect(row).toContain(",'=Rho,,'-Sigma,");
    expect(row).toContain("'=HYPERLINK");
    expect(row).toContain("'@first note");
    expect(row).toContain("'+99905550199");
  });

  it("accounts for every record: used ones converted, the case without victims skipped", () => {
    expect(report.rows).toEqual({ total: 9, converted: 8, invalid: 0, skipped: 1 });
    expect(report.skipped).toEqual([{ row: 9, reason: "not_linked_to_a_victim" }]);
  });

  it("reports what HTCDS cannot carry, never a value", () => {
    const lossy = Object.fromEntries(
      report.fields.filter((f) => f.outcome === "lossy").map((f) => [f.field, f.note]),
    );
    expect(lossy["victim.sex"]).toBe("HTCDS has no field for it: not written");
    expect(lossy.vic_TypeOfExploitation).toBe("codes without an HTCDS value were written as Other");
    expect(lossy.org_Type).toContain("dropped");
    expect(lossy.hte_Type).toContain("the first one HTCDS can write");
    expect(lossy.spl_Type).toContain("the first one HTCDS can write");
    expect(JSON.stringify(report)).not.toContain("Rho");
    expect(JSON.stringify(report)).not.toContain("Caseworker");
  });

  it("reads back to the same HTCDS fields, with unknown columns kept", async () => {
    const { records: back } = await readHtcds(text, { format: "csv", country: "TT" });
    const victim = back.find((record) => record.recordType === "victim");
    expect(victim).toMatchObject({
      givenName: "=Rho",
      familyName: "-Sigma",
      mobilePhone: "+99905550199",
      citizenships: ["AG", "TT"],
      exploitation: {
        forms: ["forced_labour", "other"],
        meansOfControl: ["debt_bondage", "other"],
        labourIndustry: "A",
      },
      assistance: [{ service: "health", plannedEndDate: "2022-12-13" }],
      extensions: { htcds: { vic_DetailsOfVulnerabilities: "Left school early" } },
    });
    const referrals = back.filter((record) => record.recordType === "referral");
    expect(referrals).toHaveLength(2);
    expect(referrals[0]).toMatchObject({
      reasons: ["additional_services_required"],
      receivedOn: "2022-06-20",
      status: "accepted",
    });
    expect(referrals[1]).toMatchObject({
      details: "Return planned",
      sentOn: "2022-07-19",
      to: { caseWorker: "Caseworker Upsilon" },
    });
  });
});

describe("writeHtcdsXlsx", async () => {
  const { bytes, report } = await writeHtcdsXlsx(records);
  const { book, sheet } = await sheetOf(bytes);

  it("keeps the template's sheets, hidden row of field names and labels", () => {
    expect(book.worksheets.map((s) => s.name)).toEqual(["Case Sheet", "about", "validation"]);
    expect(sheet.getRow(1).hidden).toBe(true);
    expect(sheet.getCell("D1").value).toBe("prs_FirstName");
    expect(sheet.getCell("T1").value).toBe("vic_TraffickinStatusDecisionMakingOrg");
    expect(sheet.getCell("D2").value).toBe("First Name");
  });

  it("fills the template's gaps: the field name over AJ, the mailing labels over their columns", () => {
    expect(sheet.getCell("AJ1").value).toBe("cas_ReasonForOutgoingReferral");
    expect(sheet.getCell("AJ2").value).toBe("Reason for Outgoing Referral");
    expect(
      ["N", "O", "P", "Q", "R"].map((c) => [sheet.getCell(`${c}1`).value, sheet.getCell(`${c}2`).value]),
    ).toEqual([
      ["prs_MailingCity", "Mailing City"],
      ["prs_MailingCountry", "Mailing Country"],
      ["prs_MailingState", "Mailing State/Province"],
      ["prs_MailingStreet", "Mailing Street"],
      ["prs_MailingPostalCode", "Mailing Zip/Postal Code"],
    ]);
  });

  it("re-adds the template's twelve dropdown lists", () => {
    const xml = new TextDecoder().decode(unzip(bytes).get("xl/worksheets/sheet1.xml"));
    const lists = [...xml.matchAll(/<dataValidation type="list"[^>]*sqref="([^"]+)"><formula1>([^<]+)</g)];
    expect(lists).toHaveLength(12);
    expect(lists.map((match) => [match[1], match[2]])).toContainEqual(["W3:W502", "validation!$G$4:$G$19"]);
  });

  it("writes text as plain strings, never formulas", () => {
    const xml = new TextDecoder().decode(unzip(bytes).get("xl/worksheets/sheet1.xml"));
    expect(xml).not.toContain("<f>");
    expect(sheet.getCell("D3").value).toBe("=Rho");
    expect(sheet.getCell("E3").value).toBe("-Sigma");
  });

  it("writes data from row 3, picklists as the dropdowns offer them, dates as dates", () => {
    expect(sheet.getCell("A3").value).toBe(1);
    expect(sheet.getCell("H3").value).toBe("Feminine");
    expect(sheet.getCell("I3").value).toBe("Antigua and Barbuda;Trinidad and Tobago");
    expect(sheet.getCell("W3").value).toBe("Debt bondage ;Other");
    expect(sheet.getCell("G3").value).toEqual(new Date("1990-02-03T00:00:00Z"));
  });

  it("appends the fields the template lacks after its columns", () => {
    const names = (sheet.getRow(1).values as unknown[]).filter((v): v is string => typeof v === "string");
    expect(names.slice(37)).toContain("org_Name");
    expect(names.slice(37)).toContain("vic_DetailsOfVulnerabilities");
  });

  it("reads back to the same records as the CSV", async () => {
    const fromXlsx = await readHtcds(bytes, { format: "xlsx", country: "TT" });
    const fromCsv = await readHtcds(writeHtcdsCsv(records).text, { format: "csv", country: "TT" });
    // Rows are numbered differently (worksheet rows from 3, CSV rows from 1), so ids differ: compare without them.
    const anonymous = (list: readonly TipRecord[]) =>
      JSON.parse(
        JSON.stringify(list).replace(
          /"[0-9a-f]{8}-[0-9a-f]{4}-5[0-9a-f]{3}-[0-9a-f]{4}-[0-9a-f]{12}"/g,
          '"id"',
        ),
      );
    expect(anonymous(fromXlsx.records)).toEqual(anonymous(fromCsv.records));
    expect(report.rows).toEqual({ total: 9, converted: 8, invalid: 0, skipped: 1 });
  });
});

describe("HTCDS writers on a record that is not valid", () => {
  // Invalid records are written too: a list or an object where the model has text must neither fail the file
  // (String() of an object whose toString is not a function throws) nor reach exceljs as a formula.
  const familyName = { formula: 'HYPERLINK("http://example.org")', result: 1 };
  const victim = {
    recordType: "victim",
    id: "5d3c1b2a-0f9e-4d8c-b7a6-958473625140",
    givenName: [[[{ toString: "" }]]],
    familyName,
  } as unknown as TipRecord;

  it("writes a value that is not text as JSON text, and says so", async () => {
    const csv = writeHtcdsCsv([victim]);
    expect(csv.text).toContain('"[[[{""toString"":""""}]]]"');
    expect(csv.report.rows).toEqual({ total: 1, converted: 1, invalid: 0, skipped: 0 });
    const lossy = csv.report.fields.filter((field) => field.outcome === "lossy").map((field) => field.field);
    expect(lossy).toEqual(expect.arrayContaining(["prs_FirstName", "prs_SecondName"]));
    const { bytes } = await writeHtcdsXlsx([victim]);
    const xml = new TextDecoder().decode(unzip(bytes).get("xl/worksheets/sheet1.xml"));
    expect(xml).not.toContain("<f>");
    const { sheet } = await sheetOf(bytes);
    expect(sheet.getCell("E3").value).toBe(JSON.stringify(familyName));
  });

  it("accounts for records whose links are not lists, never failing on them", () => {
    const kase = { recordType: "case", id: "c1", victimIds: {}, perpetratorIds: "p1", reportingAgencyIds: 7 };
    const perpetrator = { recordType: "perpetrator", id: "p1", caseIds: 1, victimRelations: "x" };
    const referral = {
      recordType: "referral",
      id: "r1",
      victimId: victim.id,
      from: "a",
      to: null,
      statusHistory: false,
      reasons: "safe_return",
    };
    const input = [victim, kase, perpetrator, referral, null] as unknown as TipRecord[];
    const { report } = writeHtcdsCsv(input);
    expect(report.rows.total).toBe(5);
    expect(report.rows.converted + report.rows.skipped).toBe(5);
  });
});
