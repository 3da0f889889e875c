import { describe, expect, it } from "vitest";
import { LOCALES } from "../../i18n/locale.js";
import { country, isFormerCountry } from "./country.codes.js";
import { countryData } from "./country.data.generated.js";
import { countryEn } from "./country.en.generated.js";
import { countryEs } from "./country.es.generated.js";
import { countryFr } from "./country.fr.generated.js";
import { countryPt } from "./country.pt.generated.js";

const TEXTS = { en: countryEn, es: countryEs, fr: countryFr, pt: countryPt } as const;

describe("country code list", () => {
  it("has the 249 ISO 3166-1 countries plus XX and XK, then the former countries", () => {
    expect(country.id).toBe("country");
    expect(countryData).toHaveLength(249);
    expect(country.codes).toHaveLength(254);
    expect(new Set(country.codes).size).toBe(254);
    expect(country.codes.slice(-5)).toEqual(["XX", "XK", "AN", "CS", "YU"]);
  });

  it("marks the former countries and says so in every language", () => {
    expect(country.codes.filter(isFormerCountry)).toEqual(["AN", "CS", "YU"]);
    expect(isFormerCountry("CW")).toBe(false);
    expect(isFormerCountry(undefined)).toBe(false);
    expect(countryEn.AN.label).toBe("Netherlands Antilles");
    expect(countryEn.AN.definition).toContain("ANHH");
    expect(countryEn.AN.definition).toContain("BQ, CW, SX");
    expect(countryEs.AN.definition).toMatch(/^País desaparecido/);
    expect(countryFr.AN.definition).toMatch(/^Pays disparu/);
    expect(countryPt.AN.definition).toMatch(/^País extinto/);
    expect(country.mappings.AN.ctdc).toEqual(["AN"]);
  });

  it("has XK for Kosovo, a user-assigned code, labelled in every language", () => {
    expect(country.has("XK")).toBe(true);
    expect(countryData.some((row) => (row.alpha2 as string) === "XK")).toBe(false);
    for (const texts of [countryEn, countryEs, countryFr, countryPt]) {
      expect(texts.XK.label).toBe("Kosovo");
      expect(texts.XK.definition).toContain("3166-1");
    }
  });

  it("has NA as Namibia", () => {
    expect(country.has("NA")).toBe(true);
    expect(countryEn.NA.label).toBe("Namibia");
    expect(countryEs.NA.label).toBe("Namibia");
    expect(countryFr.NA.label).toBe("Namibie");
    expect(countryPt.NA.label).toBe("Namíbia");
  });

  it("has XX for an unknown country, mapped from CTDC's 00", () => {
    expect(country.has("XX")).toBe(true);
    expect(country.mappings.XX.ctdc).toEqual(["00"]);
    expect(countryEn.XX.label).toBe("Unknown country");
    expect(countryEs.XX.label).toBe("País desconocido");
    expect(countryFr.XX.label).toBe("Pays inconnu");
    expect(countryPt.XX.label).toBe("País desconhecido");
  });

  it("leaves out user-assigned codes other than XX and XK", () => {
    for (const code of ["AA", "QM", "ZZ", "EU", "UK", "XA"]) expect(country.has(code), code).toBe(false);
  });

  it("validates with its zod schema", () => {
    expect(country.schema.parse("AR")).toBe("AR");
    expect(country.schema.safeParse("ar").success).toBe(false);
    expect(country.schema.safeParse("ARG").success).toBe(false);
  });

  it.each(LOCALES)("has a non-empty label and definition for every code in %s", (locale) => {
    const texts: Record<string, { label: string; definition: string }> = TEXTS[locale];
    expect(Object.keys(texts).sort()).toEqual([...country.codes].sort());
    for (const code of country.codes) {
      expect(texts[code]?.label.trim(), `${locale} ${code}`).not.toBe("");
      expect(texts[code]?.definition.trim(), `${locale} ${code}`).not.toBe("");
    }
    expect(new Set(Object.values(texts).map((t) => t.label)).size).toBe(254);
  });

  it("names countries in each language", () => {
    expect(countryEn.US.label).toBe("United States of America");
    expect(countryEn.BO.label).toBe("Bolivia (Plurinational State of)");
    expect(countryEs.US.label).toBe("Estados Unidos");
    expect(countryEs.DE.label).toBe("Alemania");
    expect(countryFr.DE.label).toBe("Allemagne");
    expect(countryFr.HT.label).toBe("Haïti");
    expect(countryPt.BR.label).toBe("Brasil");
    expect(countryPt.CD.label).toBe("República Democrática do Congo");
    expect(countryEn.AR.definition).toBe("ISO 3166-1 code AR (alpha-3 ARG, M49 032).");
    expect(countryEs.AR.definition).toBe("Código ISO 3166-1 AR (alfa-3 ARG, M49 032).");
  });
});
