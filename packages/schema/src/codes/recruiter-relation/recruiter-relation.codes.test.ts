import { describe, expect, it } from "vitest";
import { recruiterRelation } from "./recruiter-relation.codes.js";

const mapped = (system: "htcds" | "ctdc") =>
  recruiterRelation.codes.flatMap((code) => recruiterRelation.mappings[code][system] ?? []).sort();

describe("recruiter_relation", () => {
  it("maps every CTDC recruiterRelation* column", () => {
    expect(mapped("ctdc")).toEqual(
      ["IntimatePartner", "Friend", "Family", "Other", "Unknown"].map((s) => `recruiterRelation${s}`).sort(),
    );
  });

  it("maps the HTCDS vic_RelationshipToTrafficker values, typo included", () => {
    expect(mapped("htcds")).toEqual(["Acquainted", "Familial", "Unaquainted"]);
    expect(recruiterRelation.mappings.stranger.htcds).toEqual(["Unaquainted"]);
  });
});
