import { describe, expect, it } from "vitest";
import { palermoMeans } from "../palermo-means/palermo-means.codes.js";
import { meansOfControlToPalermo } from "./means-of-control.palermo.js";

describe("meansOfControlToPalermo", () => {
  it("points only at Palermo means codes", () => {
    for (const means of Object.values(meansOfControlToPalermo)) {
      for (const code of means) expect(palermoMeans.has(code)).toBe(true);
    }
  });

  it("reads violence as use of force and false promises as deception", () => {
    expect(meansOfControlToPalermo.physical_abuse).toEqual(["use_of_force"]);
    expect(meansOfControlToPalermo.false_promises).toEqual(["deception"]);
  });
});
