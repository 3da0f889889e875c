import { describe, expect, it } from "vitest";
import { gbvIncidentType } from "../../codes/gbv-incident-type/gbv-incident-type.codes.js";
import { checkRecord } from "../../issues/check-record.js";
import { en } from "../../locales/en.js";
import { sgbvIncidentExample } from "./sgbv-incident.example.js";

const codesOf = (record: unknown) => checkRecord(record, { locale: en }).issues.map((issue) => issue.code);

describe("SGBV incident record", () => {
  it("accepts the example and a date known only to the year", () => {
    expect(codesOf(sgbvIncidentExample)).toEqual([]);
    expect(codesOf({ ...sgbvIncidentExample, date: "2022" })).toEqual([]);
  });

  it("classifies by the six GBVIMS core types", () => {
    expect(gbvIncidentType.codes).toEqual([
      "rape",
      "sexual_assault",
      "physical_assault",
      "forced_marriage",
      "denial_of_resources",
      "psychological_abuse",
    ]);
    expect(codesOf({ ...sgbvIncidentExample, type: "domestic_violence" })).toContain("invalid_code");
  });

  it("rejects unknown listed with known perpetrators", () => {
    expect(codesOf({ ...sgbvIncidentExample, perpetratorKinds: ["smuggler", "unknown"] })).toEqual([
      "perpetrator_unknown_with_others",
    ]);
    expect(codesOf({ ...sgbvIncidentExample, perpetratorKinds: ["unknown"] })).toEqual([]);
  });

  it("requires the victim and rejects a malformed date", () => {
    const { victimId: _victimId, ...withoutVictim } = sgbvIncidentExample;
    expect(codesOf(withoutVictim)).toContain("required");
    expect(checkRecord({ ...sgbvIncidentExample, date: "22/10/2022" }, { locale: en }).ok).toBe(false);
  });
});
