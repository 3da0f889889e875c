import { describe, expect, it } from "vitest";
import type { CountryCode } from "./country.codes.js";
import { isOasMember, OAS_MEMBERSHIP, oasMembersOn } from "./country.oas-membership.js";

/** From DOMAIN.md. */
const OAS_35 =
  "AG AR BS BB BZ BO BR CA CL CO CR CU DM DO EC SV GD GT GY HT HN JM MX NI PA PY PE KN LC VC SR TT US UY VE".split(
    " ",
  ) as CountryCode[];

/** The 21 signatories of the OAS Charter at Bogotá, 1948. */
const FOUNDERS = "AR BO BR CL CO CR CU DO EC SV GT HT HN MX NI PA PY PE US UY VE".split(" ") as CountryCode[];

describe("OAS membership data", () => {
  it("covers exactly the 35 member states", () => {
    expect(Object.keys(OAS_MEMBERSHIP).sort()).toEqual([...OAS_35].sort());
  });

  it("has well-formed periods", () => {
    for (const [code, periods] of Object.entries(OAS_MEMBERSHIP)) {
      expect(periods?.length, code).toBeGreaterThan(0);
      for (const p of periods ?? []) {
        expect(p.from, code).toMatch(/^\d{4}-\d{2}-\d{2}$/);
        if (p.to !== undefined) expect(p.to > p.from, code).toBe(true);
      }
    }
  });
});

describe("isOasMember", () => {
  it("counts the 21 founders from the signature of the Charter (1948-04-30)", () => {
    expect(oasMembersOn("1948-04-30")).toEqual([...FOUNDERS].sort());
    expect(oasMembersOn("1948-04-29")).toEqual([]);
    expect(isOasMember("US", "1948-04-30")).toBe(true);
    expect(isOasMember("US", "1948-04-29")).toBe(false);
  });

  it("dates later members by their year of joining", () => {
    expect(isOasMember("CA", "1989-12-31")).toBe(false);
    expect(isOasMember("CA", "1990-12-31")).toBe(true);
    expect(isOasMember("BZ", "1990-12-31")).toBe(false);
    expect(isOasMember("GY", "1991-12-31")).toBe(true);
    expect(isOasMember("JM", "1968-12-31")).toBe(false);
    expect(isOasMember("JM", "1969-12-31")).toBe(true);
    expect(isOasMember("KN", "1983-12-31")).toBe(false);
    expect(isOasMember("KN", "1984-12-31")).toBe(true);
  });

  it("has all 35 members the day before Nicaragua's withdrawal took effect", () => {
    expect(oasMembersOn("2023-11-18")).toHaveLength(35);
  });

  it("ends Nicaragua's membership on 2023-11-19", () => {
    expect(isOasMember("NI", "2023-11-18")).toBe(true);
    expect(isOasMember("NI", "2023-11-19")).toBe(false);
    expect(isOasMember("NI", "2024-06-01")).toBe(false);
    expect(oasMembersOn("2024-06-01")).toHaveLength(34);
  });

  it("keeps Cuba and Venezuela as members, with notes", () => {
    expect(isOasMember("CU", "1970-01-01")).toBe(true);
    expect(isOasMember("CU", "2024-06-01")).toBe(true);
    expect(OAS_MEMBERSHIP.CU?.[0]?.note).toMatch(/1962/);
    expect(OAS_MEMBERSHIP.CU?.[0]?.note).toMatch(/2009/);
    expect(isOasMember("VE", "2024-06-01")).toBe(true);
    expect(OAS_MEMBERSHIP.VE?.[0]?.note).toMatch(/[Dd]isputed/);
  });

  it("marks dates it is unsure of", () => {
    expect(OAS_MEMBERSHIP.TT?.[0]?.note).toMatch(/unverified/);
  });

  it("says no for non-members and XX", () => {
    expect(isOasMember("FR", "2024-06-01")).toBe(false);
    expect(isOasMember("ES", "2024-06-01")).toBe(false);
    expect(isOasMember("XX", "2024-06-01")).toBe(false);
  });

  it("rejects a malformed date", () => {
    expect(() => isOasMember("US", "2024-6-1")).toThrow(RangeError);
    expect(() => isOasMember("US", "2024-13-01")).toThrow(RangeError);
    expect(() => oasMembersOn("yesterday")).toThrow(RangeError);
  });
});
