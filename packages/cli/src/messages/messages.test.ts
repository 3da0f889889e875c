import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { catalogueArguments } from "@tip/schema";
import { describe, expect, it } from "vitest";
import { CATALOGUES } from "../testing/catalogues.js";

/** Every text of a catalogue by its dotted key (`exchange.seal.sealed`). */
function texts(value: unknown, prefix = ""): Map<string, string> {
  const found = new Map<string, string>();
  if (typeof value === "string") found.set(prefix, value);
  else if (value !== null && typeof value === "object")
    for (const [key, child] of Object.entries(value))
      for (const [path, text] of texts(child, prefix ? `${prefix}.${key}` : key)) found.set(path, text);
  return found;
}

describe("the CLI catalogue", () => {
  const english = catalogueArguments(CATALOGUES.en);

  it("is valid ICU MessageFormat in English, with real plurals", () => {
    expect(english["output.records"]).toEqual(["read:number", "skipped:number", "written:number"]);
    expect(english["exchange.seal.sealed"]).toEqual(["count:number", "expiresAt", "id", "recipients"]);
  });

  for (const lang of ["es", "fr", "pt"] as const) {
    it(`${lang} has the same keys as English, each with the same ICU arguments`, () => {
      expect(catalogueArguments(CATALOGUES[lang])).toEqual(english);
    });

    it(`${lang} is translated`, () => {
      const translated = texts(CATALOGUES[lang]);
      for (const [path, text] of texts(CATALOGUES.en))
        if (text.length > 30) expect(translated.get(path), path).not.toBe(text);
    });
  }

  it("says which language it is in", () => {
    for (const lang of ["en", "es", "fr", "pt"] as const) expect(CATALOGUES[lang].locale).toBe(lang);
  });
});

describe("counts in CLI texts", () => {
  const say = (lang: "en" | "es" | "fr" | "pt", count: number) => {
    const messages = CATALOGUES[lang];
    return messages.format(messages.exchange.open.valid, { count });
  };

  it("take the plural form of each language", () => {
    expect(say("en", 1)).toBe("The bundle is valid: 1 record.");
    expect(say("en", 0)).toBe("The bundle is valid: 0 records.");
    expect(say("es", 1)).toBe("El paquete es válido: 1 registro.");
    expect(say("es", 0)).toBe("El paquete es válido: 0 registros.");
    // French and Brazilian Portuguese count zero as singular.
    expect(say("fr", 0)).toBe("Le lot est valide : 0 enregistrement.");
    expect(say("fr", 2)).toBe("Le lot est valide : 2 enregistrements.");
    expect(say("pt", 0)).toBe("O pacote é válido: 0 registro.");
    expect(say("pt", 2)).toBe("O pacote é válido: 2 registros.");
  });

  it("group digits the way of each language", () => {
    expect(say("en", 1234567)).toBe("The bundle is valid: 1,234,567 records.");
    expect(say("es", 1234567)).toBe("El paquete es válido: 1.234.567 registros.");
    expect(say("fr", 1234567)).toBe("Le lot est valide : 1\u202f234\u202f567 enregistrements.");
    expect(say("pt", 1234567)).toBe("O pacote é válido: 1.234.567 registros.");
    // Spanish groups from five digits on.
    const es = CATALOGUES.es;
    expect(es.format(es.privacy.common.leftOutMore, { count: 1234 })).toBe("… y 1234 más.");
    expect(es.format(es.privacy.common.leftOutMore, { count: 12345 })).toBe("… y 12.345 más.");
  });

  it("fill plain params as they are and show a missing one by name", () => {
    const en = CATALOGUES.en;
    expect(en.format("cannot read “{file}”: {reason}", { file: "a{b}.csv" })).toBe(
      "cannot read “a{b}.csv”: {reason}",
    );
  });
});

describe("a catalogue's format", () => {
  it("renders in the catalogue's own language, whatever the text", () => {
    const fr = CATALOGUES.fr;
    // A French catalogue's plural and grouping, even for a text given as it is: no call can pick English.
    expect(fr.format(fr.validate.validWritten, { count: 5631 })).toBe(
      "enregistrements valides écrits dans le fichier de --valid-only : 5\u202f631",
    );
    expect(fr.format("{count, plural, one {# enregistrement} other {# enregistrements}}", { count: 0 })).toBe(
      "0 enregistrement",
    );
    expect(fr.format("{count, number}", { count: 5631 })).toBe("5\u202f631");
    const pt = CATALOGUES.pt;
    expect(pt.format("{count, plural, one {# registro} other {# registros}}", { count: 0 })).toBe(
      "0 registro",
    );
    const en = CATALOGUES.en;
    expect(en.format("{count, plural, one {# record} other {# records}}", { count: 0 })).toBe("0 records");
    expect(en.format("{count, number}", { count: 5631 })).toBe("5,631");
  });

  it("is the only formatter of the command's texts: no source file formats ICU text with a locale of its own", () => {
    const root = join(import.meta.dirname, "..");
    const sources = (dir: string): string[] =>
      readdirSync(dir, { withFileTypes: true }).flatMap((entry) =>
        entry.isDirectory()
          ? sources(join(dir, entry.name))
          : entry.name.endsWith(".ts") && !entry.name.endsWith(".test.ts")
            ? [join(dir, entry.name)]
            : [],
      );
    const offenders = sources(root).filter(
      (file) =>
        !file.endsWith(join("messages", "messages.ts")) &&
        /\bformatIcu\b|\bIntlMessageFormat\b|\bformatCli\b/.test(readFileSync(file, "utf8")),
    );
    expect(offenders).toEqual([]);
  });
});
