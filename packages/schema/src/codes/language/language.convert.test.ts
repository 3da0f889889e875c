import { describe, expect, it } from "vitest";
import { LOCALES } from "../../i18n/locale.js";
import { language } from "./language.codes.js";
import { iso6392bOf, iso6392tOf, toIso6391 } from "./language.convert.js";
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
    expect(languageEn.de.definition).toBe("ISO 639-1 code de (ISO 639-2/B ger, ISO 639-2/T deu).");
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
    for (const input of ["", "und", "mul", "zxx", "fil", "xx", "e", "engl", "es-MX", "Spanish"]) {
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
  });
});
