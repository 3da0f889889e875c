import { loadProfile, type Profile } from "@tip/schema";
import { describe, expect, it } from "vitest";
import { decodeCode } from "./htcds-codes.js";
import { coreDecoder, profileDecoder } from "./national-codes.js";

function profileOf(add: Record<string, { foldsTo: string; labels: Record<string, string> }>): Profile {
  const loaded = loadProfile({
    id: "decoder-test",
    title: { en: "T", es: "T", fr: "T", pt: "T" },
    version: "1.0.0",
    basedOn: "core",
    sources: [{ title: "A test law" }],
    codeLists: { gender: { add } },
  });
  if (!loaded.ok) throw new Error("the test profile does not load");
  return loaded.profile;
}

describe("profileDecoder", () => {
  const profile = profileOf({
    xx_two_spirit: { foldsTo: "non_conforming", labels: { en: "Two-spirit", es: "Dos espíritus" } },
    xx_a: { foldsTo: "not_specified", labels: { en: "Shared label" } },
    xx_b: { foldsTo: "not_specified", labels: { en: "Shared label" } },
  });
  const decode = profileDecoder(profile);

  it("reads a national code by its code or any of its labels, accents and case aside", () => {
    expect(decode("gender", "xx_two_spirit")).toBe("xx_two_spirit");
    expect(decode("gender", "two-spirit")).toBe("xx_two_spirit");
    expect(decode("gender", "DOS ESPIRITUS")).toBe("xx_two_spirit");
  });

  it("reads core values as the core decoder does", () => {
    for (const raw of ["Feminine", "feminine", "Masculino", "not a gender"])
      expect(decode("gender", raw)).toBe(decodeCode("gender", raw));
    // Another list the profile leaves alone.
    expect(decode("sex", "female")).toBe(decodeCode("sex", "female"));
  });

  it("reads a label two national codes share as neither", () => {
    expect(decode("gender", "Shared label")).toBeUndefined();
  });

  it("is the core decoder without a profile, or for a profile that adds no code", () => {
    expect(profileDecoder(undefined)).toBe(coreDecoder);
    expect(profileDecoder(profileOf({}))).toBe(coreDecoder);
  });

  it("never reads `__proto__` or `constructor` as a code", () => {
    for (const raw of ["__proto__", "constructor", "prototype", "toString"])
      expect(decode("gender", raw)).toBeUndefined();
  });
});
