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

const BAND = /^(\d+)(?:-(\d+)|\+)$/;

/**
 * Child or adult from a code of the `age_band` list (`0-8`, `9-17` → child; `18-20` … `48+` → adult), read
 * from the band's own bounds. `unknown` for a value that is no band or a band that straddles 18.
 */
export function majorityStatusOfAgeBand(band: unknown): MajorityStatusCode {
  const match = typeof band === "string" ? BAND.exec(band) : null;
  if (match === null) return "unknown";
  const low = Number(match[1]);
  const high = match[2] === undefined ? Number.POSITIVE_INFINITY : Number(match[2]);
  if (high < AGE_OF_MAJORITY) return "child";
  return low >= AGE_OF_MAJORITY ? "adult" : "unknown";
}
