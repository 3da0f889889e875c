import { EXAMPLES } from "@tip/schema";
import { describe, expect, it } from "vitest";
import { validateBundle } from "./validate-bundle.js";

type Rec = Record<string, unknown>;
type Mutable = Rec & { records: Rec[] };

/** The example bundle with one example of each prosecution and prevention record appended (indexes 6 to 10). */
function bundle(): Mutable {
  const b = structuredClone(EXAMPLES.bundle) as unknown as Mutable;
  b.records.push(
    structuredClone(EXAMPLES.operation) as Rec,
    structuredClone(EXAMPLES.financialInquiry) as Rec,
    structuredClone(EXAMPLES.legalAssistanceRequest) as Rec,
    structuredClone(EXAMPLES.criminalGroup) as Rec,
    structuredClone(EXAMPLES.preventionActivity) as Rec,
  );
  return b;
}
const recordOf = (b: Mutable, type: string) => b.records.find((record) => record.recordType === type) as Rec;
const VICTIM = EXAMPLES.victim.id;
const MISSING = "00000000-0000-4000-8000-0000000000aa";

describe("validateBundle: prosecution and prevention records", () => {
  it("accepts the five record types linked to the cases, perpetrators, agencies and group of the bundle", () => {
    const result = validateBundle(bundle());
    expect(result.issues).toEqual([]);
    expect(result.summary).toMatchObject({ total: 11, valid: 11, invalid: 0 });
    expect(result.summary.byRecordType.criminalGroup).toEqual({ total: 1, valid: 1, invalid: 0 });
  });

  it("reports every id field that points at a record of the wrong type, by field", () => {
    const b = bundle();
    Object.assign(recordOf(b, "operation"), {
      leadAgencyId: VICTIM,
      agencyIds: [EXAMPLES.agency.id, VICTIM],
      caseIds: [VICTIM],
      perpetratorIds: [VICTIM],
      criminalGroupIds: [VICTIM],
    });
    Object.assign(recordOf(b, "financialInquiry"), {
      agencyId: VICTIM,
      caseIds: [VICTIM],
      perpetratorIds: [VICTIM],
      criminalGroupIds: [EXAMPLES.perpetrator.id],
    });
    Object.assign(recordOf(b, "legalAssistanceRequest"), {
      requestingAgencyId: VICTIM,
      requestedAgencyId: VICTIM,
      caseId: VICTIM,
    });
    Object.assign(recordOf(b, "criminalGroup"), { perpetratorIds: [VICTIM], caseIds: [VICTIM] });
    Object.assign(recordOf(b, "preventionActivity"), { organiserAgencyId: VICTIM });
    const result = validateBundle(b);
    expect(result.issues.map((issue) => [issue.code, issue.path, issue.params.field])).toEqual([
      ["dangling_reference", "/records/6/leadAgencyId", "operation.leadAgencyId"],
      ["dangling_reference", "/records/6/agencyIds/1", "operation.agencyIds"],
      ["dangling_reference", "/records/6/caseIds/0", "operation.caseIds"],
      ["dangling_reference", "/records/6/perpetratorIds/0", "operation.perpetratorIds"],
      ["dangling_reference", "/records/6/criminalGroupIds/0", "operation.criminalGroupIds"],
      ["dangling_reference", "/records/7/agencyId", "financialInquiry.agencyId"],
      ["dangling_reference", "/records/7/caseIds/0", "financialInquiry.caseIds"],
      ["dangling_reference", "/records/7/perpetratorIds/0", "financialInquiry.perpetratorIds"],
      ["dangling_reference", "/records/7/criminalGroupIds/0", "financialInquiry.criminalGroupIds"],
      ["dangling_reference", "/records/8/requestingAgencyId", "legalAssistanceRequest.requestingAgencyId"],
      ["dangling_reference", "/records/8/requestedAgencyId", "legalAssistanceRequest.requestedAgencyId"],
      ["dangling_reference", "/records/8/caseId", "legalAssistanceRequest.caseId"],
      ["dangling_reference", "/records/9/perpetratorIds/0", "criminalGroup.perpetratorIds"],
      ["dangling_reference", "/records/9/caseIds/0", "criminalGroup.caseIds"],
      ["dangling_reference", "/records/10/organiserAgencyId", "preventionActivity.organiserAgencyId"],
    ]);
    expect(result.summary).toMatchObject({ total: 11, valid: 6, invalid: 5 });
  });

  it("reports a link to a criminal group that is not in the bundle once the bundle carries groups", () => {
    const b = bundle();
    recordOf(b, "financialInquiry").criminalGroupIds = [MISSING];
    const result = validateBundle(b);
    expect(result.issues.map((issue) => [issue.code, issue.path])).toEqual([
      ["dangling_reference", "/records/7/criminalGroupIds/0"],
    ]);
  });

  it("reports two groups sharing one id as a duplicate", () => {
    const b = bundle();
    b.records.push(structuredClone(recordOf(b, "criminalGroup")));
    expect(validateBundle(b).issues.map((issue) => [issue.code, issue.path])).toEqual([
      ["duplicate_id", "/records/11/id"],
    ]);
  });
});
