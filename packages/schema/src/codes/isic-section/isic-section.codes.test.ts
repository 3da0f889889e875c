import { describe, expect, it } from "vitest";
import { isicSection } from "./isic-section.codes.js";

describe("isic_section", () => {
  it("has the 21 ISIC Rev.4 sections A to U in order", () => {
    expect(isicSection.codes.join("")).toBe("ABCDEFGHIJKLMNOPQRSTU");
  });

  it("maps each section to the HTCDS vic_ForcedLabourIndustry value that starts with its letter", () => {
    for (const code of isicSection.codes) {
      const names = isicSection.mappings[code].htcds ?? [];
      expect(names).toHaveLength(1);
      expect(names[0]?.startsWith(`${code}_`)).toBe(true);
    }
    expect(isicSection.mappings.A.htcds).toEqual(["A_AgricultureForestryAndFishing"]);
    expect(isicSection.mappings.T.htcds).toEqual(["T_ActivitiesOfHouseholdsAsEmployers"]);
  });
});
