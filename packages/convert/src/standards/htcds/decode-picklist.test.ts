import { describe, expect, it } from "vitest";
import { decodePicklist } from "./decode-picklist.js";

describe("decodePicklist", () => {
  it("splits multi-select cells on ; (templates, CSV) or spaces (XLSForm)", () => {
    expect(decodePicklist("exploitation_form", "ForcedLabour;SexualExploitation", ";").codes).toEqual([
      "forced_labour",
      "sexual_exploitation",
    ]);
    expect(decodePicklist("exploitation_form", "ForcedLabour SexualExploitation", " ").codes).toEqual([
      "forced_labour",
      "sexual_exploitation",
    ]);
  });

  it("keeps labels that contain the separator whole", () => {
    expect(
      decodePicklist("isic_section", "Water supply; sewerage, waste management and remediation", ";").codes,
    ).toEqual(["E"]);
    expect(
      decodePicklist(
        "isic_section",
        "Construction;Water supply; sewerage, waste management and remediation",
        ";",
      ).codes,
    ).toEqual(["F", "E"]);
  });

  it("returns the parts that are no value, and drops duplicates", () => {
    expect(decodePicklist("exploitation_form", "Forced labour;Bogus;ForcedLabour", ";")).toEqual({
      codes: ["forced_labour"],
      unknown: ["Bogus"],
    });
  });
});
