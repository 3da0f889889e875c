import { describe, expect, it } from "vitest";
import { meansOfControl } from "./means-of-control.codes.js";

const mapped = (system: "htcds" | "ctdc") =>
  meansOfControl.codes.flatMap((code) => meansOfControl.mappings[code][system] ?? []);

describe("means_of_control mappings", () => {
  it("maps every detailed CTDC meansOfControl* answer column exactly once", () => {
    // Column suffixes from the CTDC global dataset; NotSpecified (absence) and Concatenated (derived) are not codes.
    const suffixes = [
      "DebtBondage",
      "TakesEarnings",
      "RestrictsFinancialAccess",
      "Threats",
      "PsychologicalAbuse",
      "PhysicalAbuse",
      "SexualAbuse",
      "FalsePromises",
      "PsychoactiveSubstances",
      "RestrictsMovement",
      "RestrictsMedicalCare",
      "ExcessiveWorkingHours",
      "UsesChildren",
      "ThreatOfLawEnforcement",
      "WithholdsNecessities",
      "WithholdsDocuments",
      "Other",
    ];
    const columns = mapped("ctdc").filter((name) => name.startsWith("meansOfControl"));
    expect([...columns].sort()).toEqual(suffixes.map((suffix) => `meansOfControl${suffix}`).sort());
  });

  it("maps every HTCDS vic_MethodsOfControl value exactly once", () => {
    // Picklist value names from HTCDS 2.0 fields.csv.
    const values = [
      "PhysicalThreats",
      "ThreatsLawEnforcement",
      "ThreatensChildrenFamily",
      "DebtBondage",
      "FalsePromises",
      "PhysicalAbuse",
      "SexualAbuse",
      "TakesEarnings",
      "RestrictsFinancialAccess",
      "RestrictsMedicalCare",
      "WithholdsNecessities",
      "PsychologicalAbuse",
      "PsychoactiveSubstance",
      "ExcessiveWorkingHours",
      "WithholdsDocuments",
      "Other",
    ];
    expect([...mapped("htcds")].sort()).toEqual([...values].sort());
  });
});
