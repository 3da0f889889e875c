import { describe, expect, it } from "vitest";
import { checkRecord } from "../issues/check-record.js";
import { en } from "../locales/en.js";
import { EXAMPLES } from "../model/examples.js";
import { foldToCore } from "./fold-to-core.js";
import { loadProfile } from "./load-profile.js";
import type { Profile } from "./profile.js";
import { SHIPPED_PROFILES } from "./shipped/shipped-profiles.js";

const load = (input: unknown, profiles?: ReadonlyMap<string, unknown>): Profile => {
  const document = typeof input === "string" ? SHIPPED_PROFILES[input] : input;
  const result = loadProfile(document, { profiles });
  if (!result.ok) throw new Error(JSON.stringify(result.issues));
  return result.profile;
};
const clone = <T>(value: T): T => structuredClone(value) as T;
const findings = (record: unknown, profile?: Profile) =>
  checkRecord(record, { locale: en, ...(profile ? { profile } : {}) }).issues.map((issue) => [
    issue.code,
    issue.path,
    issue.severity,
  ]);

/** An identified adult victim with an act and a purpose but no means: lawful in Mexico and Argentina. */
function adultWithoutMeans() {
  const victim = clone(EXAMPLES.victim) as Record<string, unknown> & {
    exploitation: Record<string, unknown>;
  };
  delete victim.exploitation.palermoMeans;
  delete victim.exploitation.meansOfControl;
  return victim;
}

describe("checkRecord with a profile", () => {
  it("palermo: an adult victim without means is an error", () => {
    const result = checkRecord(adultWithoutMeans(), { locale: en, profile: load("palermo") });
    expect(result.ok).toBe(false);
    expect(findings(adultWithoutMeans(), load("palermo"))).toEqual([
      ["adult_victim_without_means", "/identification/status", "error"],
    ]);
  });

  it.each(["mx", "ar"])("%s: an adult victim without means is valid with no finding", (id) => {
    const result = checkRecord(adultWithoutMeans(), { locale: en, profile: load(id) });
    expect(result.issues).toEqual([]);
    expect(result.ok).toBe(true);
  });

  it("core still finds the missing means (as an error or, once law-neutral, a warning)", () => {
    const codes = findings(adultWithoutMeans());
    expect(codes.map(([code]) => code)).toEqual(["adult_victim_without_means"]);
  });

  it("mx: folds a national form of exploitation for the core checks and keeps it in the value", () => {
    const victim = clone(EXAMPLES.victim) as { exploitation: { forms: string[] } & Record<string, unknown> };
    victim.exploitation.forms = ["mx_illicit_biomedical_experimentation"];
    delete victim.exploitation.labourIndustry;
    delete victim.exploitation.labourSectors;
    const mx = load("mx");
    const result = checkRecord(victim, { locale: en, profile: mx });
    expect(result.issues).toEqual([]);
    expect((result.value as typeof victim).exploitation.forms).toEqual([
      "mx_illicit_biomedical_experimentation",
    ]);
    expect((foldToCore(victim, mx) as typeof victim).exploitation.forms).toEqual(["other"]);
    expect(victim.exploitation.forms).toEqual(["mx_illicit_biomedical_experimentation"]);
    // Without the profile the national code is not a code of the model.
    expect(findings(victim).map(([code]) => code)).toEqual(["invalid_code"]);
  });

  it("mx: suggests the declared extension field an undeclared key is close to, never the key", () => {
    const mx = load("mx");
    const typo = "identificationEntityQ";
    const victim = { ...clone(EXAMPLES.victim), extensions: { mx: { [typo]: "MX-OAX" } } };
    const issues = checkRecord(victim, { locale: en, profile: mx }).issues;
    expect(issues.map((issue) => [issue.code, issue.path, issue.params.suggestion])).toEqual([
      ["unknown_field", "/extensions/mx", "identificationEntity"],
    ]);
    expect(issues[0]?.message).toMatch(/Did you mean `identificationEntity`\?$/);
    expect(JSON.stringify(issues)).not.toContain(typo);
  });

  it("mx: validates the declared extension fields", () => {
    const mx = load("mx");
    const victim = { ...clone(EXAMPLES.victim), extensions: { mx: { identificationEntity: "MX-OAX" } } };
    expect(findings(victim, mx)).toEqual([]);
    const bad = {
      ...clone(EXAMPLES.victim),
      extensions: { mx: { identificationEntity: "MX-XXX", eventEntities: ["MX-OAX"], other: 1 } },
    };
    expect(findings(bad, mx)).toEqual([
      ["invalid_code", "/extensions/mx/identificationEntity", "error"],
      ["unknown_field", "/extensions/mx", "error"],
      ["unknown_field", "/extensions/mx", "error"],
    ]);
    // Keys the profile does not declare are named by their place in the namespace, never shown.
    const unknown = checkRecord(bad, { locale: en, profile: mx }).issues.filter(
      (issue) => issue.code === "unknown_field",
    );
    expect(unknown.map((issue) => issue.params.position)).toEqual([2, 3]);
    const kase = {
      ...clone(EXAMPLES.case),
      extensions: { mx: { eventEntities: ["MX-JAL", 3], investigationFolder: 7 } },
    };
    expect(findings(kase, mx)).toEqual([
      ["invalid_type", "/extensions/mx/eventEntities/1", "error"],
      ["invalid_type", "/extensions/mx/investigationFolder", "error"],
    ]);
    // Core leaves other namespaces opaque.
    expect(findings({ ...clone(EXAMPLES.victim), extensions: { lc: { anything: 1 } } }, mx)).toEqual([]);
  });

  const national = {
    id: "lc",
    title: { en: "T", es: "T", fr: "T", pt: "T" },
    version: "1.0.0",
    basedOn: "core",
    sources: [{ title: "Act 1" }],
    required: [
      { field: "/victim/sex", clause: "s. 3" },
      { field: "/victim/assistance/*/startDate", clause: "s. 4" },
    ],
    codeLists: { sex: { restrictTo: ["female", "male", "unknown"] } },
    rules: { adult_victim_without_means: { severity: "error", clause: "s. 5" } },
  };

  it("reports required fields, also in every item of an array", () => {
    const victim = clone(EXAMPLES.victim) as Record<string, unknown>;
    delete victim.sex;
    victim.assistance = [{ service: "shelter" }, { service: "legal", startDate: "2023-09-01" }];
    expect(findings(victim, load(national))).toEqual([
      ["required", "/sex", "error"],
      ["required", "/assistance/0/startDate", "error"],
    ]);
  });

  it("reports a core code outside the restricted list, once", () => {
    const victim = { ...clone(EXAMPLES.victim), sex: "other" };
    expect(findings(victim).length).toBe(0);
    expect(findings(victim, load(national))).toEqual([["invalid_code", "/sex", "error"]]);
    expect(findings({ ...victim, sex: "alien" }, load(national))).toEqual([
      ["invalid_code", "/sex", "error"],
    ]);
  });

  it("changes a rule's severity", () => {
    const rule = ([code]: unknown[]) => code === "adult_victim_without_means";
    expect(findings(adultWithoutMeans()).filter(rule)).toEqual([
      ["adult_victim_without_means", "/identification/status", "warning"],
    ]);
    expect(findings(adultWithoutMeans(), load(national)).filter(rule)).toEqual([
      ["adult_victim_without_means", "/identification/status", "error"],
    ]);
  });

  it("applies the profile to each record of a bundle", () => {
    const bundle = clone(EXAMPLES.bundle) as { records: Record<string, unknown>[] };
    const index = bundle.records.findIndex((record) => record.recordType === "victim");
    const victim = bundle.records[index] as Record<string, unknown>;
    victim.sex = "other";
    (victim.exploitation as Record<string, unknown>).forms = ["mx_illicit_biomedical_experimentation"];
    delete (victim.exploitation as Record<string, unknown>).labourIndustry;
    delete (victim.exploitation as Record<string, unknown>).labourSectors;
    const merged = load({ ...national, basedOn: "mx" });
    expect(findings(bundle, merged)).toEqual([["invalid_code", `/records/${index}/sex`, "error"]]);
  });

  it("never throws on hostile records", () => {
    const mx = load("mx");
    for (const input of [
      JSON.parse('{"recordType":"victim","__proto__":{"x":1},"extensions":{"mx":{"__proto__":1}}}'),
      { recordType: "victim", extensions: { mx: null } },
      { recordType: "victim", exploitation: { forms: "mx_illicit_biomedical_experimentation" } },
      { recordType: "bundle", records: "x" },
      { recordType: "bundle", records: [null, 1, { recordType: "victim", extensions: [] }] },
    ]) {
      expect(() => checkRecord(input, { locale: en, profile: mx })).not.toThrow();
      expect(checkRecord(input, { locale: en, profile: mx }).ok).toBe(false);
    }
  });
});
