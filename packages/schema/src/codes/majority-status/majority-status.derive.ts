import type { MajorityStatusCode } from "./majority-status.codes.js";

/** The age at which a person stops being a child under Palermo Art. 3(d) and in GLOTIP counts. */
export const AGE_OF_MAJORITY = 18;

/**
 * Child or adult from an age in years: under 18 is a child. Returns `unknown` when the age is missing,
 * not a finite number or negative. A fractional age counts as its completed years (17.9 is a child).
 */
export function majorityStatusOfAge(age: number | undefined): MajorityStatusCode {
  if (age === undefined || !Number.isFinite(age) || age < 0) return "unknown";
  return age < AGE_OF_MAJORITY ? "child" : "adult";
}
