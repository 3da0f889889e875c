import { describe, expect, it } from "vitest";
import { LOCALES } from "../../i18n/locale.js";
import { language } from "./language.codes.js";
import { iso6392bOf, iso6392tOf, languageKindOf, readLanguage, toIso6391 } from "./language.convert.js";
import { languageEn } from "./language.en.generated.js";
import { languageEs } from "./language.es.generated.js";
import { languageFr } from "./language.fr.generated.js";
import { languagePt } from "./language.pt.generated.js";

const TEXTS = { en: languageEn, es: languageEs, fr: languageFr, pt: languagePt } as const;

describe("language code list", () => {
  it("has the ISO 639-1 codes", () => {
    expect(language.id).toBe("language");
    expect(language.codes.length).toBeGreaterThanOrEqual(183);
    for (const code of ["en", "es", "fr", "pt", "ht", "qu", "gn", "ay", "nl", "zh", "ar"]) {
      expect(language.has(code), code).toBe(true);
    }
    expect(language.has("fil")).toBe(false);
    expect(language.has("und")).toBe(false);
    expect(language.has("EN")).toBe(false);
  });

  it("maps to HTCDS as ISO 639-2 (B first)", () => {
    expect(language.mappings.es.htcds).toEqual(["spa"]);
    expect(language.mappings.de.htcds).toEqual(["ger", "deu"]);
    expect(language.mappings.fr.htcds).toEqual(["fre", "fra"]);
  });

  it.each(LOCALES)("has a non-empty label and definition for every code in %s", (locale) => {
    const texts: Record<string, { label: string; definition: string }> = TEXTS[locale];
    expect(Object.keys(texts).sort()).toEqual([...language.codes].sort());
    for (const code of language.codes) {
      expect(texts[code]?.label.trim(), `${locale} ${code}`).not.toBe("");
      expect(texts[code]?.definition.trim(), `${locale} ${code}`).not.toBe("");
    }
  });

  it("names the OAS languages in each language", () => {
    expect([languageEn.en.label, languageEn.es.label, languageEn.fr.label, languageEn.pt.label]).toEqual([
      "English",
      "Spanish",
      "French",
      "Portuguese",
    ]);
    expect([languageEs.en.label, languageEs.es.label, languageEs.fr.label, languageEs.pt.label]).toEqual([
      "Inglés",
      "Español",
      "Francés",
      "Portugués",
    ]);
    expect([languageFr.en.label, languageFr.es.label, languageFr.fr.label, languageFr.pt.label]).toEqual([
      "Anglais",
      "Espagnol",
      "Français",
      "Portugais",
    ]);
    expect([languagePt.en.label, languagePt.es.label, languagePt.fr.label, languagePt.pt.label]).toEqual([
      "Inglês",
      "Espanhol",
      "Francês",
      "Português",
    ]);
    expect(languageEn.de.definition).toBe(
      "ISO 639-1 code de (ISO 639-2/B ger, ISO 639-2/T deu; ISO 639-3 deu): individual language.",
    );
  });
});

describe("languages of the region without an ISO 639-1 code", () => {
  // Codes and kinds as ISO 639-3 (SIL) and ISO 639-2 (Library of Congress) publish them.
  const cases = [
    ["nah", "collective", "Nahuatl languages"],
    ["myn", "collective", "Mayan languages"],
    ["ngu", "individual", "Guerrero Nahuatl"],
    ["mix", "individual", "Mixtepec Mixtec"],
    ["zap", "macrolanguage", "Zapotec"],
    ["zai", "individual", "Isthmus Zapotec"],
    ["quc", "individual", "K'iche'"],
    ["cab", "individual", "Garifuna"],
    ["guc", "individual", "Wayuu"],
    ["quz", "individual", "Cusco Quechua"],
    ["ayr", "individual", "Central Aymara"],
    ["gug", "individual", "Paraguayan Guaraní"],
    ["arn", "individual", "Mapudungun"],
  ] as const;

  it.each(cases)("lists %s as %s (%s)", (code, kind, label) => {
    expect(language.has(code)).toBe(true);
    expect(languageKindOf(code)).toBe(kind);
    expect(languageEn[code].label).toBe(label);
  });

  it("keeps the macrolanguages that have an ISO 639-1 code under that code", () => {
    for (const [two, three] of [
      ["qu", "que"],
      ["ay", "aym"],
      ["gn", "grn"],
    ] as const) {
      expect(languageKindOf(two)).toBe("macrolanguage");
      expect(language.has(three)).toBe(false);
      expect(readLanguage(three)).toBe(two);
    }
  });

  it("says in each language which kind of code it is", () => {
    expect(languageEn.nah.definition).toContain("collective");
    expect(languageEs.nah.definition).toContain("colectivo");
    expect(languageFr.zap.definition).toContain("macrolangue");
    expect(languagePt.quc.definition).toContain("língua individual");
    expect([languageEs.nah.label, languageFr.nah.label, languagePt.nah.label]).toEqual([
      "Lenguas nahuas",
      "Langues nahuatl",
      "Línguas náuatles",
    ]);
    // Names the Unicode CLDR has in each language.
    expect([languageEs.quc.label, languageEs.zap.label, languageFr.zap.label]).toEqual([
      "Quiché",
      "Zapoteco",
      "Zapotèque",
    ]);
  });

  it("maps each to HTCDS as its three-letter code", () => {
    expect(language.mappings.nah.htcds).toEqual(["nah"]);
    expect(language.mappings.quc.htcds).toEqual(["quc"]);
  });
});

describe("readLanguage", () => {
  it("reads ISO 639-1, ISO 639-2 and ISO 639-3 codes as the model's code", () => {
    expect(readLanguage("es")).toBe("es");
    expect(readLanguage("spa")).toBe("es");
    expect(readLanguage("deu")).toBe("de");
    expect(readLanguage("ger")).toBe("de");
    expect(readLanguage(" NAH ")).toBe("nah");
    expect(readLanguage("quc")).toBe("quc");
    expect(readLanguage("Zap")).toBe("zap");
  });

  it("reads nothing else", () => {
    for (const input of ["", "und", "mul", "xx", "nahu", "es-MX", "Nahuatl", "__proto__", "constructor"]) {
      expect(readLanguage(input), input).toBeUndefined();
    }
  });
});

describe("toIso6391", () => {
  it("reads ISO 639-1 codes", () => {
    expect(toIso6391("es")).toBe("es");
    expect(toIso6391(" PT ")).toBe("pt");
  });

  it("reads ISO 639-2 bibliographic and terminology codes", () => {
    expect(toIso6391("spa")).toBe("es");
    expect(toIso6391("eng")).toBe("en");
    expect(toIso6391("por")).toBe("pt");
    expect(toIso6391("fre")).toBe("fr");
    expect(toIso6391("fra")).toBe("fr");
    expect(toIso6391("ger")).toBe("de");
    expect(toIso6391("deu")).toBe("de");
    expect(toIso6391("chi")).toBe("zh");
    expect(toIso6391("zho")).toBe("zh");
    expect(toIso6391("dut")).toBe("nl");
    expect(toIso6391("nld")).toBe("nl");
    expect(toIso6391("hat")).toBe("ht");
    expect(toIso6391("que")).toBe("qu");
    expect(toIso6391("grn")).toBe("gn");
    expect(toIso6391(" SPA\n")).toBe("es");
  });

  it("rejects codes with no ISO 639-1 form and non-codes", () => {
    for (const input of [
      "",
      "und",
      "mul",
      "zxx",
      "fil",
      "xx",
      "e",
      "engl",
      "es-MX",
      "Spanish",
      "nah",
      "quc",
    ]) {
      expect(toIso6391(input), input).toBeUndefined();
    }
  });

  it("gives the ISO 639-2 codes back", () => {
    expect(iso6392bOf("de")).toBe("ger");
    expect(iso6392tOf("de")).toBe("deu");
    expect(iso6392bOf("es")).toBe("spa");
    expect(iso6392tOf("es")).toBe("spa");
    expect(iso6392bOf("sq")).toBe("alb");
    expect(iso6392tOf("sq")).toBe("sqi");
    expect(iso6392bOf("nah")).toBe("nah");
    expect(iso6392bOf("quc")).toBeUndefined();
  });
});
