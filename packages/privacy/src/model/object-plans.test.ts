import { FIELD_IDS } from "@tip/schema";
import { describe, expect, it } from "vitest";
import { ALL_PLANS, planOfField } from "./object-plans.js";

describe("field plans read from the schema", () => {
  it("cover every field of the model, each with a pii class", () => {
    expect(ALL_PLANS.map((plan) => plan.id)).toEqual([...FIELD_IDS]);
    for (const plan of ALL_PLANS) expect(["direct", "quasi", "sensitive", "none"]).toContain(plan.pii);
  });

  it("know nested objects, lists of objects, records and extensions", () => {
    expect(planOfField("victim.identification")?.shape).toEqual({ kind: "object", object: "identification" });
    expect(planOfField("referral.from")?.shape).toEqual({ kind: "object", object: "referralParty" });
    expect(planOfField("case.events")?.shape).toEqual({ kind: "objects", object: "traffickingEvent" });
    expect(planOfField("bundle.records")?.shape).toEqual({ kind: "records" });
    expect(planOfField("victim.extensions")?.shape).toEqual({ kind: "extensions" });
    expect(planOfField("victim.citizenships")?.shape).toEqual({ kind: "leaf" });
  });

  it("tell full dates, partial dates, timestamps and free text apart", () => {
    expect(planOfField("victim.birthDate")?.dateKind).toBe("date");
    expect(planOfField("exploitation.recruitmentDate")?.dateKind).toBe("partial");
    expect(planOfField("victim.createdAt")?.dateKind).toBe("datetime");
    expect(planOfField("victim.givenName")?.dateKind).toBeUndefined();
    expect(planOfField("victim.givenName")?.freeText).toBe(true);
    expect(planOfField("referral.details")?.freeText).toBe(true);
    expect(planOfField("victim.email")?.freeText).toBe(false);
    expect(planOfField("victim.mobilePhone")?.freeText).toBe(false);
    expect(planOfField("victim.sex")?.freeText).toBe(false);
  });

  it("know which fields are required", () => {
    expect(planOfField("traffickingEvent.role")?.required).toBe(true);
    expect(planOfField("victim.sex")?.required).toBe(false);
  });
});
