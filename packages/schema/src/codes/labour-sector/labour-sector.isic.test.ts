import { describe, expect, it } from "vitest";
import { labourSector } from "./labour-sector.codes.js";
import { labourSectorToIsic } from "./labour-sector.isic.js";

describe("labour_sector", () => {
  it("maps every CTDC typeOfLabour* answer column except NotSpecified and Concatenated", () => {
    const columns = labourSector.codes.flatMap((code) => labourSector.mappings[code].ctdc ?? []);
    const suffixes = [
      "Agriculture",
      "Aquafarming",
      "Begging",
      "Construction",
      "DomesticWork",
      "Hospitality",
      "IllicitActivities",
      "Manufacturing",
      "MiningOrDrilling",
      "Peddling",
      "Transportation",
      "Other",
    ];
    expect([...columns].sort()).toEqual(suffixes.map((suffix) => `typeOfLabour${suffix}`).sort());
  });

  it("places sectors in their ISIC Rev.4 sections", () => {
    expect(labourSectorToIsic.agriculture).toBe("A");
    expect(labourSectorToIsic.construction).toBe("F");
    expect(labourSectorToIsic.domestic_work).toBe("T");
    expect(labourSectorToIsic.hospitality).toBe("I");
    expect(labourSectorToIsic.mining_or_drilling).toBe("B");
    expect(labourSectorToIsic.begging).toBeNull();
  });
});
