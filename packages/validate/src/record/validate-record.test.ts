import { EXAMPLES } from "@tip/schema";
import { es } from "@tip/schema/locales/es";
import { describe, expect, it } from "vitest";
import { MESSAGES } from "../../test/helpers.js";
import { validateRecord } from "./validate-record.js";

const victim = () => structuredClone(EXAMPLES.victim) as Record<string, unknown>;

describe("validateRecord", () => {
  it("accepts a valid record of each type and gives its type and value", () => {
    for (const type of ["case", "victim", "perpetrator", "agency", "referral", "bundle"] as const) {
      const result = validateRecord(structuredClone(EXAMPLES[type]));
      expect(result.issues).toEqual([]);
      expect(result.ok).toBe(true);
      expect(result.recordType).toBe(type);
      expect(result.value).toEqual(EXAMPLES[type]);
    }
  });

  it("reports a number given as a string as the wrong type, without coercing it", () => {
    const result = validateRecord({ ...victim(), ageAtIdentification: "17" });
    expect(result.ok).toBe(false);
    expect(result.issues.map((issue) => [issue.code, issue.path])).toEqual([
      ["invalid_type", "/ageAtIdentification"],
    ]);
  });

  it("reports a date in another format as invalid_format", () => {
    const result = validateRecord({ ...victim(), birthDate: "14/05/2001" });
    expect(result.issues.map((issue) => [issue.code, issue.path])).toEqual([
      ["invalid_format", "/birthDate"],
    ]);
  });

  it("keeps suspicious but legal data valid, with a warning from the schema's rules", () => {
    const record: Record<string, unknown> = { ...victim(), ageAtExploitation: 1 };
    delete record.ageAtRecruitment;
    delete record.birthDate;
    delete record.birthYear;
    delete record.ageAtIdentification;
    delete record.ageBand;
    delete record.majorityStatus;
    delete record.majorityStatusAtExploitation;
    const result = validateRecord(record);
    expect(result.issues.map((issue) => [issue.code, issue.severity])).toEqual([
      ["implausible_age_for_labour", "warning"],
    ]);
    expect(result.ok).toBe(true);
  });

  it("writes messages in the requested language", () => {
    const result = validateRecord({ ...victim(), sex: "robot" }, { locale: MESSAGES.es });
    expect(result.issues[0]?.message).toContain(es.fields["victim.sex"].label);
  });

  it("reports nesting deeper than the limit, even in a cyclic value, without recursion", () => {
    const deep: Record<string, unknown> = {};
    let node = deep;
    for (let i = 0; i < 10_000; i++) {
      const next = {};
      node.a = next;
      node = next;
    }
    expect(validateRecord({ ...victim(), extensions: { lc: deep } }).issues.map((i) => i.code)).toEqual([
      "nesting_too_deep",
    ]);
    const cyclic: Record<string, unknown> = { recordType: "victim" };
    cyclic.self = cyclic;
    expect(() => validateRecord(cyclic)).not.toThrow();
    expect(validateRecord({ ...victim(), extensions: { lc: deep } }, { maxDepth: 20_000 }).ok).toBe(true);
  });
});
