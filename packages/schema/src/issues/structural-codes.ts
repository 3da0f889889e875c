import type { Severity } from "./issue.js";

/**
 * Issue codes for what a JSON Schema can also say: a missing or unknown field, a wrong type, a code outside
 * its list, a malformed date. Stable: implementations in other languages emit the same codes.
 */
export const STRUCTURAL_CODES = {
  not_an_object: { severity: "error" },
  invalid_record_type: { severity: "error" },
  required: { severity: "error" },
  unknown_field: { severity: "error" },
  invalid_type: { severity: "error" },
  invalid_code: { severity: "error" },
  invalid_format: { severity: "error" },
  too_small: { severity: "error" },
  too_big: { severity: "error" },
  invalid_value: { severity: "error" },
} as const satisfies Record<string, { severity: Severity }>;

/** A structural issue code. */
export type StructuralCode = keyof typeof STRUCTURAL_CODES;
