import { describe, expect, expectTypeOf, it } from "vitest";
import { type CountryCode, country } from "./country.codes.js";
import { alpha3Of, m49Of, toAlpha2 } from "./country.convert.js";

/** The 35 OAS member states as alpha-2 / alpha-3 / M49, typed in from DOMAIN.md (not computed). */
const OAS_TRIPLES = `
AG ATG 028 · AR ARG 032 · BS BHS 044 · BB BRB 052 · BZ BLZ 084 · BO BOL 068 · BR BRA 076 · CA CAN 124 ·
CL CHL 152 · CO COL 170 · CR CRI 188 · CU CUB 192 · DM DMA 212 · DO DOM 214 · EC ECU 218 · SV SLV 222 ·
GD GRD 308 · GT GTM 320 · GY GUY 328 · HT HTI 332 · HN HND 340 · JM JAM 388 · MX MEX 484 · NI NIC 558 ·
PA PAN 591 · PY PRY 600 · PE PER 604 · KN KNA 659 · LC LCA 662 · VC VCT 670 · SR SUR 740 · TT TTO 780 ·
US USA 840 · UY URY 858 · VE VEN 862`
  .split("·")
  .map((triple) => triple.trim().split(/\s+/) as [string, string, string]);

describe("OAS member states (DOMAIN.md triples)", () => {
  it("lists 35 states", () => {
    expect(OAS_TRIPLES).toHaveLength(35);
  });

  it.each(OAS_TRIPLES)("%s ⇄ %s ⇄ %s", (alpha2, alpha3, m49) => {
    expect(country.has(alpha2)).toBe(true);
    const code = alpha2 as CountryCode;
    expect(alpha3Of(code)).toBe(alpha3);
    expect(m49Of(code)).toBe(m49);
    expect(toAlpha2(alpha2)).toBe(alpha2);
    expect(toAlpha2(alpha3)).toBe(alpha2);
    expect(toAlpha2(m49)).toBe(alpha2);
    expect(toAlpha2(String(Number(m49)))).toBe(alpha2);
    expect(toAlpha2(alpha3.toLowerCase())).toBe(alpha2);
  });
});

describe("toAlpha2", () => {
  it("trims and ignores letter case", () => {
    expect(toAlpha2(" ar ")).toBe("AR");
    expect(toAlpha2("\tBrA\n")).toBe("BR");
    expect(toAlpha2(" 076 ")).toBe("BR");
  });

  it("reads M49 codes with or without leading zeros", () => {
    expect(toAlpha2("4")).toBe("AF");
    expect(toAlpha2("04")).toBe("AF");
    expect(toAlpha2("004")).toBe("AF");
    expect(toAlpha2("0004")).toBe("AF");
    expect(toAlpha2("826")).toBe("GB");
  });

  it("keeps Namibia's NA (not a missing value)", () => {
    expect(toAlpha2("NA")).toBe("NA");
    expect(toAlpha2("na")).toBe("NA");
    expect(toAlpha2("NAM")).toBe("NA");
    expect(toAlpha2("516")).toBe("NA");
    expect(alpha3Of("NA")).toBe("NAM");
    expect(m49Of("NA")).toBe("516");
  });

  it("accepts XX (unknown) but gives no alpha-3 or M49 for it", () => {
    expect(toAlpha2("XX")).toBe("XX");
    expect(toAlpha2("xx")).toBe("XX");
    expect(alpha3Of("XX")).toBeUndefined();
    expect(m49Of("XX")).toBeUndefined();
  });

  it("accepts XK (Kosovo) as itself, without alpha-3 or M49 code", () => {
    expect(toAlpha2(" xk ")).toBe("XK");
    expect(alpha3Of("XK")).toBeUndefined();
    expect(m49Of("XK")).toBeUndefined();
  });

  it("rejects what is not an ISO 3166-1 code", () => {
    for (const input of ["", " ", "00", "000", "-99", "UK", "ZZ", "ARGX", "A", "999", "1000", "A1", "U.S."]) {
      expect(toAlpha2(input), input).toBeUndefined();
    }
  });

  it("knows codes outside the Americas", () => {
    expect(toAlpha2("DEU")).toBe("DE");
    expect(toAlpha2("276")).toBe("DE");
    expect(toAlpha2("GBR")).toBe("GB");
    expect(toAlpha2("SSD")).toBe("SS");
    expect(toAlpha2("728")).toBe("SS");
    expect(alpha3Of("CD")).toBe("COD");
    expect(m49Of("CD")).toBe("180");
  });

  it("is typed by the list", () => {
    expectTypeOf(toAlpha2).returns.toEqualTypeOf<CountryCode | undefined>();
    expectTypeOf(alpha3Of("AR")).toEqualTypeOf<NonNullable<ReturnType<typeof alpha3Of>>>();
  });
});
