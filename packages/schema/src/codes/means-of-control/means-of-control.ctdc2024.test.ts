import { describe, expect, it } from "vitest";
import { CTDC_2024_MEANS_GROUPS } from "./means-of-control.ctdc2024.js";

const sorted = (codes: readonly string[] | undefined) => [...(codes ?? [])].sort();

// Expected groups are the merges stated in the CTDC 2024 codebook (shared/reference/README.md).
describe("CTDC_2024_MEANS_GROUPS", () => {
  it("has exactly the eight merged means columns of the 2024 codebook", () => {
    expect(Object.keys(CTDC_2024_MEANS_GROUPS).sort()).toEqual(
      [
        "meansDebtBondageEarnings",
        "meansThreats",
        "meansAbusePsyPhySex",
        "meansFalsePromises",
        "meansDrugsAlcohol",
        "meansDenyBasicNeeds",
        "meansExcessiveWorkHours",
        "meansWithholdDocs",
      ].sort(),
    );
  });

  it("merges debt bondage with taken earnings", () => {
    expect(sorted(CTDC_2024_MEANS_GROUPS.meansDebtBondageEarnings)).toEqual([
      "debt_bondage",
      "takes_earnings",
    ]);
  });

  it("merges threats, use of children and threats of law enforcement", () => {
    expect(sorted(CTDC_2024_MEANS_GROUPS.meansThreats)).toEqual([
      "threat_of_law_enforcement",
      "threats",
      "uses_children",
    ]);
  });

  it("merges psychological, physical and sexual abuse", () => {
    expect(sorted(CTDC_2024_MEANS_GROUPS.meansAbusePsyPhySex)).toEqual([
      "physical_abuse",
      "psychological_abuse",
      "sexual_abuse",
    ]);
  });

  it("merges the four restrictions of basic needs", () => {
    expect(sorted(CTDC_2024_MEANS_GROUPS.meansDenyBasicNeeds)).toEqual([
      "restricts_financial_access",
      "restricts_medical_care",
      "restricts_movement",
      "withholds_necessities",
    ]);
  });

  it("keeps the one-to-one columns one-to-one", () => {
    expect(CTDC_2024_MEANS_GROUPS.meansFalsePromises).toEqual(["false_promises"]);
    expect(CTDC_2024_MEANS_GROUPS.meansDrugsAlcohol).toEqual(["psychoactive_substances"]);
    expect(CTDC_2024_MEANS_GROUPS.meansExcessiveWorkHours).toEqual(["excessive_working_hours"]);
    expect(CTDC_2024_MEANS_GROUPS.meansWithholdDocs).toEqual(["withholds_documents"]);
  });

  it("puts no code in two groups", () => {
    const all = Object.values(CTDC_2024_MEANS_GROUPS).flat();
    expect(new Set(all).size).toBe(all.length);
  });
});
