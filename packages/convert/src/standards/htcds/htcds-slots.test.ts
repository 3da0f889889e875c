import { readFileSync } from "node:fs";
import { MODEL_OBJECTS, tipRegistry } from "@tip/schema";
import ExcelJS from "exceljs";
import { describe, expect, it } from "vitest";
import { fieldOfName, HTCDS_SLOTS, sourceNames } from "./htcds-slots.js";
import { directionOf } from "./referral-direction.js";

const TEMPLATE = new URL(
  "./assets/HTCDS-Excel-Spreadsheet-single-select-with-validation-v2.0.xlsx",
  import.meta.url,
);
const XLSFORM = new URL("./fixtures/official/htcds_xlsform.xlsx", import.meta.url);
const FIELDS_CSV = new URL("../../../../schema/test/fixtures/htcds-2.0-fields.csv", import.meta.url);

/** Every HTCDS name in the schema's field metadata. */
function schemaNames(): string[] {
  return Object.values(MODEL_OBJECTS).flatMap((object) =>
    Object.values(object.shape).flatMap(
      (property) => tipRegistry.get(property as never)?.mappings?.htcds ?? [],
    ),
  );
}

async function sheet(url: URL, name: string): Promise<ExcelJS.Worksheet> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(readFileSync(url) as never);
  return workbook.getWorksheet(name) as ExcelJS.Worksheet;
}

describe("HTCDS slots derived from the schema metadata", () => {
  it("reach every HTCDS name the schema maps", () => {
    for (const name of schemaNames()) expect(fieldOfName(name), name).toBeDefined();
  });

  it("put each name in one slot of the record its field belongs to", () => {
    expect(fieldOfName("prs_FirstName")?.slot.fieldId).toBe("victim.givenName");
    expect(fieldOfName("hte_City")?.slot).toMatchObject({
      recordType: "case",
      path: ["events", 0, "place", "city"],
    });
    expect(fieldOfName("con_Consent")?.slot).toMatchObject({
      recordType: "victim",
      path: ["consents", 0, "given"],
    });
    expect(fieldOfName("org_ShippingCountry")?.slot).toMatchObject({
      recordType: "agency",
      codeList: "country",
    });
  });

  it("read every spelling of the official files as one field", () => {
    expect(fieldOfName("prs_First_Name")?.name).toBe("prs_FirstName");
    expect(fieldOfName("prs_Second_Name")?.name).toBe("prs_SecondName");
    expect(fieldOfName("vic_Methods_of_Control")?.name).toBe("vic_MethodsOfControl");
    expect(fieldOfName("vic_TraffickinStatusDecisionMakingOrg")?.name).toBe(
      "vic_TraffickingStatusDecisionMakingOrg",
    );
    expect(fieldOfName("PRS_FIRSTNAME")?.name).toBe("prs_FirstName");
    expect(fieldOfName("prs_Unknown")).toBeUndefined();
  });

  it("keep distinct HTCDS fields merged into one canonical field apart", () => {
    const reasons = fieldOfName("cas_ReasonForIncomingReferral");
    expect(reasons?.slot.fieldId).toBe("referral.reasons");
    expect(reasons?.source).toBe(1);
    expect(sourceNames(reasons?.slot as never)).toEqual([
      "cas_ReasonForOutgoingReferral",
      "cas_ReasonForIncomingReferral",
    ]);
  });

  it("give every referral field a direction, consistent with the referral's dates and parties", () => {
    for (const slot of HTCDS_SLOTS.filter((s) => s.recordType === "referral")) {
      for (const name of slot.names) expect(directionOf(name), name).toBeDefined();
    }
    expect(fieldOfName("cas_OutgoingReferralDate")?.slot.fieldId).toBe("referral.sentOn");
    expect(directionOf("cas_OutgoingReferralDate")).toBe("outgoing");
    expect(fieldOfName("cas_ReferringOrganisation")?.slot.path).toEqual(["from"]);
    expect(directionOf("cas_ReferringOrganisation")).toBe("incoming");
  });

  it("read every field name of the template's hidden row", async () => {
    const cases = await sheet(TEMPLATE, "Case Sheet");
    const names = (cases.getRow(1).values as unknown[]).filter(
      (value): value is string => typeof value === "string",
    );
    expect(names).toHaveLength(37);
    for (const name of names) expect(fieldOfName(name), name).toBeDefined();
  });

  it("read every field of the official XLSForm survey", async () => {
    const survey = await sheet(XLSFORM, "survey");
    const names: string[] = [];
    survey.eachRow((row, index) => {
      const name = row.getCell(2).text;
      if (index > 1 && /^[a-z]{3}_/.test(name)) names.push(name);
    });
    expect(names.length).toBeGreaterThan(25);
    for (const name of names) expect(fieldOfName(name), name).toBeDefined();
  });

  it("cover the HTCDS field list except the two fields the model has no place for", () => {
    const lines = readFileSync(FIELDS_CSV, "utf8").split("\n").slice(1);
    const names = lines
      .map((line) => /,([a-z]{3}_[A-Za-z]+),/.exec(line)?.[1])
      .filter((name) => name !== undefined);
    const missing = names.filter((name) => fieldOfName(name) === undefined);
    expect(missing.sort()).toEqual(["vic_AgreementToManagePersonalData", "vic_DetailsOfVulnerabilities"]);
  });
});
