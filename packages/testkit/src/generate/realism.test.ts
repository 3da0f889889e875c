import type { Victim } from "@tip/schema";
import { describe, expect, it } from "vitest";
import { generate } from "./generate.js";

describe("distributions of generated victims", () => {
  const victims = generate({ seed: "realism", count: 4000 }).records.filter(
    (record): record is Victim => record.recordType === "victim",
  );
  const share = (test: (victim: Victim) => boolean) => victims.filter(test).length / victims.length;

  it("has about 30% children at the time of exploitation", () => {
    expect(share((v) => v.majorityStatusAtExploitation === "child")).toBeGreaterThan(0.25);
    expect(share((v) => v.majorityStatusAtExploitation === "child")).toBeLessThan(0.35);
  });

  it("has about 40% sexual exploitation and 40% forced labour", () => {
    for (const form of ["sexual_exploitation", "forced_labour"] as const) {
      expect(share((v) => v.exploitation?.forms?.includes(form) === true)).toBeGreaterThan(0.36);
      expect(share((v) => v.exploitation?.forms?.includes(form) === true)).toBeLessThan(0.5);
    }
  });

  it("mixes nationals of the reporting country with citizens of the region", () => {
    const nationals = share((v) => v.citizenships?.includes("TT") === true);
    expect(nationals).toBeGreaterThan(0.3);
    expect(nationals).toBeLessThan(0.6);
    expect(new Set(victims.flatMap((v) => v.citizenships ?? [])).size).toBeGreaterThan(10);
  });

  it("has mostly women and girls in sexual exploitation", () => {
    const sexual = victims.filter((v) => v.exploitation?.forms?.[0] === "sexual_exploitation");
    expect(sexual.filter((v) => v.sex === "female").length / sexual.length).toBeGreaterThan(0.8);
  });

  it("names people with fictional syllables only", () => {
    for (const victim of victims) {
      for (const name of [victim.givenName, victim.familyName]) {
        if (name !== undefined) expect(name).toMatch(/qua|xan|zhe|wyl|qir|xo|vyx|oq|zyl|thex/i);
      }
    }
  });
});
