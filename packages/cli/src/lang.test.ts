import { describe, expect, it } from "vitest";
import { detectLang } from "./lang.js";

describe("detectLang", () => {
  it("takes a valid --lang from argv, in either spelling", () => {
    expect(detectLang(["validate", "--lang", "fr", "a.ndjson"])).toBe("fr");
    expect(detectLang(["validate", "--lang=pt"], { LANG: "es_ES.UTF-8" })).toBe("pt");
  });

  it("ignores an invalid --lang and anything after --", () => {
    expect(detectLang(["--lang", "xx"], { LANG: "es_MX.UTF-8" })).toBe("es");
    expect(detectLang(["--", "--lang", "fr"])).toBe("en");
  });

  it("follows LC_ALL, then LC_MESSAGES, then LANG, falling back to English", () => {
    expect(detectLang([], { LC_ALL: "fr_FR.UTF-8", LANG: "es_ES.UTF-8" })).toBe("fr");
    expect(detectLang([], { LC_MESSAGES: "pt_BR", LANG: "es_ES" })).toBe("pt");
    expect(detectLang([], { LANG: "de_DE.UTF-8" })).toBe("en");
    expect(detectLang([], { LANG: "C" })).toBe("en");
    expect(detectLang([], {})).toBe("en");
  });
});
