import { runInNewContext } from "node:vm";
import { CODE_LISTS, FIELD_IDS, LOCALES } from "@tip/schema";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { SearchEntry } from "../src/search/search-entries.js";
import { idsOf } from "./html-scan.js";
import { type BuiltSite, buildTempSite } from "./site-files.js";

let site: BuiltSite;
beforeAll(async () => {
  site = await buildTempSite();
});
afterAll(() => site.remove());

/** Runs a language's index script as the browser would and returns what it assigned. */
function loadIndex(lang: string): { texts: { lang: string }; entries: SearchEntry[] } {
  const window: Record<string, unknown> = {};
  runInNewContext(site.read(`${lang}/search-index.js`), { window });
  return window.TIP_SEARCH as { texts: { lang: string }; entries: SearchEntry[] };
}

describe("the search index", () => {
  it.each(LOCALES)("of %s holds every field and every code, each pointing at an existing anchor", (lang) => {
    const index = loadIndex(lang);
    expect(index.texts.lang).toBe(lang);
    const ids = new Set(index.entries.map((entry) => entry.i));
    for (const id of FIELD_IDS) expect(ids.has(id), id).toBe(true);
    for (const [list, { codes }] of Object.entries(CODE_LISTS)) {
      for (const code of codes as readonly string[])
        expect(ids.has(`${list}:${code}`), `${list}:${code}`).toBe(true);
    }
    const pages = new Map<string, Set<string>>();
    for (const entry of index.entries) {
      const [path = "", fragment] = entry.u.split("#");
      if (!pages.has(path)) pages.set(path, idsOf(site.read(`${lang}/${path}`)));
      if (fragment) expect(pages.get(path)?.has(fragment), entry.u).toBe(true);
    }
  });

  it("searches labels in the index's language, without accents", () => {
    const entry = loadIndex("es").entries.find((e) => e.i === "victim.birthDate");
    expect(entry?.l).toBe("Fecha de nacimiento");
    expect(entry?.s).toContain("fecha de nacimiento");
    const female = loadIndex("pt").entries.find((e) => e.i === "sex:female");
    expect(female?.u).toBe("codes/sex.html#code-female");
  });
});
