import { ALL_RULES, STRUCTURAL_CODES, type StructuralCode } from "@tip/schema";
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
});
