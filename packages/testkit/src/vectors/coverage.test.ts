import { ALL_RULES, SHIPPED_PROFILE_IDS, STRUCTURAL_CODES, type StructuralCode } from "@tip/schema";
import { describe, expect, it } from "vitest";
import { buildVectors } from "./build-vectors.js";

/**
 * Structural codes no record can produce today, with why. `invalid_value` is what zod's refinements and plain
 * unions turn into; the model has neither (its only union is discriminated by `recordType`).
 */
const UNREACHABLE: Partial<Record<StructuralCode, string>> = {
  invalid_value: "no refinement or non-discriminated union in the model",
};

const vectors = buildVectors();

describe("vector coverage", () => {
  it.each(Object.keys(STRUCTURAL_CODES).filter((code) => !(code in UNREACHABLE)))(
    "structural code %s has a vector",
    (code) => {
      expect(vectors.some((vector) => vector.expected.issues.some((issue) => issue.code === code))).toBe(
        true,
      );
    },
  );

  it.each(ALL_RULES.map((rule) => [rule.recordType, rule.code] as const))(
    "rule %s/%s has its own vector",
    (recordType, code) => {
      const vector = vectors.find(
        (candidate) => candidate.recordType === recordType && candidate.name === code,
      );
      expect(vector?.expected.issues.map((issue) => issue.code)).toEqual([code]);
    },
  );

  it("has valid-full, valid-minimal, extension and extension-namespace-invalid per record type", () => {
    const types = new Set(ALL_RULES.map((rule) => rule.recordType));
    for (const recordType of types) {
      for (const name of ["valid-full", "valid-minimal", "extension", "extension-namespace-invalid"]) {
        expect(
          vectors.some((vector) => vector.recordType === recordType && vector.name === name),
          `${recordType}/${name}`,
        ).toBe(true);
      }
    }
  });

  it("has the adult victim without means under core and each shipped profile, with each law's verdict", () => {
    const verdicts = Object.fromEntries(
      vectors
        .filter((vector) => vector.recordType === "victim" && vector.name === "adult_victim_without_means")
        .map((vector) => [vector.profile ?? "core", vector.expected]),
    );
    // Core warns; the Protocol applied strictly rejects; Mexican and Argentine law need no means.
    const finding = { code: "adult_victim_without_means", path: "/identification/status" };
    expect(verdicts).toEqual({
      core: { valid: true, issues: [{ ...finding, severity: "warning" }] },
      palermo: { valid: false, issues: [{ ...finding, severity: "error" }] },
      mx: { valid: true, issues: [] },
      ar: { valid: true, issues: [] },
    });
  });

  it("has a vector under every shipped profile", () => {
    for (const id of SHIPPED_PROFILE_IDS)
      expect(
        vectors.some((vector) => vector.profile === id),
        id,
      ).toBe(true);
  });
});
