import { describe, expect, it } from "vitest";
import { COUNTRY_ALIASES } from "./country.aliases.js";
import { country } from "./country.codes.js";
import { alpha3Of, m49Of, readCountry } from "./country.convert.js";

describe("readCountry", () => {
  it("reads former names CTDC files still use", () => {
    expect(readCountry("Turkey")).toBe("TR");
    expect(readCountry("Swaziland")).toBe("SZ");
    expect(readCountry("Macedonia")).toBe("MK");
    expect(readCountry("The former Yugoslav Republic of Macedonia")).toBe("MK");
    expect(readCountry("Burma")).toBe("MM");
    expect(readCountry("Zaire")).toBe("CD");
    expect(readCountry("Czech Republic")).toBe("CZ");
  });

  it("reads withdrawn codes with one successor, and leaves those with several unread", () => {
    expect(readCountry("ZR")).toBe("CD");
    expect(readCountry("bu")).toBe("MM");
    expect(readCountry("TP")).toBe("TL");
    // Several successors: kept as the former country, never folded into one of them.
    for (const code of ["AN", "YU", "CS"]) expect(readCountry(code), code).toBe(code);
    expect(readCountry("ant")).toBe("AN");
    expect(alpha3Of("AN")).toBe("ANT");
    expect(m49Of("AN")).toBeUndefined();
  });

  it("reads current names in any case and without accents, and codes as toAlpha2 does", () => {
    expect(readCountry("Türkiye")).toBe("TR");
    expect(readCountry("TURKIYE")).toBe("TR");
    expect(readCountry("cote d'ivoire")).toBe("CI");
    expect(readCountry("Netherlands")).toBe("NL");
    expect(readCountry(" NA ")).toBe("NA");
    expect(readCountry("TUR")).toBe("TR");
    expect(readCountry("792")).toBe("TR");
  });

  it("reads no country from an ambiguous short name, a blank or a long text", () => {
    // Congo is CG's name; the Democratic Republic's short form is not taken for it.
    expect(readCountry("Congo")).toBe("CG");
    expect(readCountry("")).toBeUndefined();
    expect(readCountry("Turkey".repeat(20))).toBeUndefined();
    expect(readCountry("__proto__")).toBeUndefined();
    expect(readCountry("constructor")).toBeUndefined();
  });

  it("lists aliases only for codes of the list, never a current name twice", () => {
    for (const [code, alias] of Object.entries(COUNTRY_ALIASES)) {
      expect(country.has(code), code).toBe(true);
      for (const name of alias?.names ?? []) expect(readCountry(name), name).toBe(code);
      for (const former of alias?.formerCodes ?? []) expect(country.has(former), former).toBe(false);
    }
  });
});
