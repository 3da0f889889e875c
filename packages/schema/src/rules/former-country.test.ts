import { describe, expect, it } from "vitest";
import { checkRecord } from "../issues/check-record.js";
import { en } from "../locales/en.js";
import { es } from "../locales/es.js";
import { EXAMPLES } from "../model/examples.js";

function victimWith(changes: Record<string, unknown>) {
  return { ...structuredClone(EXAMPLES.victim), ...changes };
}

describe("former_country_code", () => {
  it("keeps a former country and warns at the place, without the code in the message", () => {
    const result = checkRecord(victimWith({ citizenships: ["VE", "AN"] }), { locale: en });
    expect(result.ok).toBe(true);
    const found = result.issues.filter((issue) => issue.code === "former_country_code");
    expect(found.map((issue) => [issue.path, issue.severity])).toEqual([["/citizenships/1", "warning"]]);
    expect(found[0]?.message).toContain("former country");
    expect(found[0]?.message).not.toContain("AN");
    expect((result.value as { citizenships: string[] }).citizenships).toEqual(["VE", "AN"]);
  });

  it("finds former countries in nested and single country fields, in every language", () => {
    const victim = victimWith({
      citizenships: ["YU"],
      identification: { ...EXAMPLES.victim.identification, country: "CS" },
    });
    const result = checkRecord(victim, { locale: es });
    const paths = result.issues.filter((issue) => issue.code === "former_country_code").map((i) => i.path);
    expect(paths.sort()).toEqual(["/citizenships/0", "/identification/country"]);
    expect(result.issues.find((issue) => issue.path === "/identification/country")?.message).toContain(
      "desaparecido",
    );
  });

  it("says nothing about current countries, Kosovo or an unknown country", () => {
    const result = checkRecord(victimWith({ citizenships: ["CW", "XK", "XX"] }), { locale: en });
    expect(result.issues.filter((issue) => issue.code === "former_country_code")).toEqual([]);
  });

  it("reaches the records of a bundle", () => {
    const bundle = structuredClone(EXAMPLES.bundle) as { records: Record<string, unknown>[] };
    const index = bundle.records.findIndex((record) => record.recordType === "victim");
    bundle.records[index] = victimWith({ citizenships: ["AN"] });
    const result = checkRecord(bundle, { locale: en });
    expect(result.ok).toBe(true);
    expect(result.issues.map((issue) => issue.path)).toContain(`/records/${index}/citizenships/0`);
  });
});
