import { describe, expect, it } from "vitest";
import { en } from "../src/locales/en.js";
import { es } from "../src/locales/es.js";
import { fr } from "../src/locales/fr.js";
import { pt } from "../src/locales/pt.js";
import {
  ALL_RULES,
  CODE_LISTS,
  FIELD_IDS,
  INPUT_CODES,
  type LocaleBundle,
  MODEL_OBJECTS,
  STRUCTURAL_CODES,
} from "../src/public-api.js";

const LOCALE_BUNDLES: readonly LocaleBundle[] = [en, es, fr, pt];
const issueCodes = [
  ...Object.keys(STRUCTURAL_CODES),
  ...new Set(ALL_RULES.map((rule) => rule.code)),
  ...Object.keys(INPUT_CODES),
].sort();

/** Share of entries whose text is the same as English; a few (proper names, "TLP:RED") are expected. */
function sameAsEnglish(pairs: [string, string][]): number {
  return pairs.filter(([a, b]) => a === b).length / pairs.length;
}

describe.each(LOCALE_BUNDLES.map((bundle) => [bundle.locale, bundle] as const))("locale %s", (_, bundle) => {
  it("labels and describes every field and nothing else", () => {
    expect(Object.keys(bundle.fields).sort()).toEqual([...FIELD_IDS].sort());
    for (const [id, text] of Object.entries(bundle.fields)) {
      expect(text.label.trim(), id).not.toBe("");
      expect(text.description.trim(), id).not.toBe("");
    }
  });

  it("labels every object of the model", () => {
    expect(Object.keys(bundle.objects).sort()).toEqual(Object.keys(MODEL_OBJECTS).sort());
  });

  it("labels and defines every code of every list", () => {
    expect(Object.keys(bundle.codes).sort()).toEqual(Object.keys(CODE_LISTS).sort());
    for (const [listId, list] of Object.entries(CODE_LISTS)) {
      const texts = bundle.codes[listId as keyof typeof CODE_LISTS] as Record<
        string,
        { label: string; definition: string }
      >;
      expect(Object.keys(texts).sort(), listId).toEqual([...list.codes].sort());
      for (const [code, text] of Object.entries(texts)) {
        expect(text.label.trim(), `${listId}.${code}`).not.toBe("");
        expect(text.definition.trim(), `${listId}.${code}`).not.toBe("");
      }
    }
  });

  it("has a message for every issue code, with the same placeholders as English", () => {
    expect(Object.keys(bundle.messages).sort()).toEqual(issueCodes);
    const placeholders = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();
    for (const code of issueCodes) {
      const message = (bundle.messages as Record<string, string>)[code] ?? "";
      expect(placeholders(message), code).toEqual(
        placeholders((en.messages as Record<string, string>)[code] ?? ""),
      );
    }
  });
});

describe.each([es, fr, pt].map((bundle) => [bundle.locale, bundle] as const))(
  "translation %s",
  (_, bundle) => {
    it("is translated, not copied from English", () => {
      const fieldPairs = FIELD_IDS.map(
        (id) => [en.fields[id].description, bundle.fields[id].description] as [string, string],
      );
      expect(sameAsEnglish(fieldPairs)).toBeLessThan(0.02);
      const messagePairs = issueCodes.map(
        (code) =>
          [
            (en.messages as Record<string, string>)[code],
            (bundle.messages as Record<string, string>)[code],
          ] as [string, string],
      );
      expect(sameAsEnglish(messagePairs)).toBe(0);
    });
  },
);
