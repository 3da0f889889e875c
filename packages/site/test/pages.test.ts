import { LOCALES } from "@tip/schema";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type BuiltSite, buildTempSite } from "./site-files.js";

let site: BuiltSite;
beforeAll(async () => {
  site = await buildTempSite();
});
afterAll(() => site.remove());

const htmlPages = (lang: string) => site.list(lang).filter((file) => file.endsWith(".html"));

describe("every language has the same pages", () => {
  it("builds the four languages by default", () => {
    expect(site.result.langs).toEqual(LOCALES);
  });

  it.each(LOCALES.slice(1))("%s has exactly the pages of en", (lang) => {
    expect(site.list(lang).sort()).toEqual(site.list("en").sort());
  });

  it("has a home page, the model, every object, every code list, both mappings and the rules", () => {
    const pages = htmlPages("en");
    for (const page of ["index.html", "model/index.html", "model/victim.html", "codes/index.html"]) {
      expect(pages).toContain(page);
    }
    expect(pages).toEqual(
      expect.arrayContaining(["codes/sex.html", "mappings/htcds.html", "mappings/ctdc.html", "rules.html"]),
    );
  });
});

describe("every page is accessible by construction", () => {
  const everyPage = () => LOCALES.flatMap((lang) => htmlPages(lang).map((page) => [lang, page] as const));

  it("declares its language, a viewport, one h1, a main landmark and a skip link to it", () => {
    for (const [lang, page] of everyPage()) {
      const html = site.read(`${lang}/${page}`);
      const where = `${lang}/${page}`;
      expect(html, where).toContain(`<html lang="${lang}">`);
      expect(html, where).toContain('<meta name="viewport" content="width=device-width, initial-scale=1">');
      expect(html.match(/<h1[\s>]/g), where).toHaveLength(1);
      expect(html, where).toContain('<main id="main"');
      expect(html, where).toContain('<a class="skip-link" href="#main">');
      expect(html, where).toMatch(/<header[\s>]/);
      expect(html, where).toMatch(/<nav class="main-nav" aria-label="[^"]+">/);
      expect(html, where).toMatch(/<footer[\s>]/);
    }
  });

  it("gives every table header cell a scope and every table a caption", () => {
    for (const [lang, page] of everyPage()) {
      const html = site.read(`${lang}/${page}`);
      expect(html.match(/<th(?![^>]*\sscope="(?:col|row)")[\s>]/g), `${lang}/${page}`).toBeNull();
      expect(html.split("<table").length, `${lang}/${page}`).toBe(html.split("<caption").length);
    }
  });

  it("never repeats an id on a page", () => {
    for (const [lang, page] of everyPage()) {
      const ids = [...site.read(`${lang}/${page}`).matchAll(/\sid="([^"]*)"/g)].map((match) => match[1]);
      expect(ids.length, `${lang}/${page}`).toBe(new Set(ids).size);
    }
  });

  it("marks the current language and page, and names each language in itself", () => {
    const html = site.read("es/model/victim.html");
    expect(html).toContain('<a href="victim.html" aria-current="true">Español</a>');
    expect(html).toContain(
      '<a href="../../fr/model/victim.html" hreflang="fr" lang="fr" data-keep-hash>Français</a>',
    );
    expect(html).toMatch(/<a href="index.html" aria-current="page">Modelo de datos<\/a>/);
  });
});
