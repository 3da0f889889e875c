import { describe, expect, it } from "vitest";
import { CONVERT_CLI_MESSAGES } from "./messages.js";

/** Every text of a catalogue by its path (`help.from`). */
function leaves(value: unknown, prefix = ""): Map<string, string> {
  const found = new Map<string, string>();
  if (typeof value === "string") found.set(prefix, value);
  else if (value !== null && typeof value === "object")
    for (const [key, child] of Object.entries(value))
      for (const [path, text] of leaves(child, prefix ? `${prefix}.${key}` : key)) found.set(path, text);
  return found;
}

const placeholders = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((match) => match[1]).sort();

describe("convert command texts", () => {
  const english = leaves(CONVERT_CLI_MESSAGES.en);
  for (const lang of ["es", "fr", "pt"] as const) {
    it(`${lang} has every English text, with the same placeholders, and is translated`, () => {
      const texts = leaves(CONVERT_CLI_MESSAGES[lang]);
      expect([...texts.keys()].sort()).toEqual([...english.keys()].sort());
      for (const [path, text] of english) {
        expect(placeholders(texts.get(path) ?? ""), path).toEqual(placeholders(text));
        if (text.length > 30) expect(texts.get(path), path).not.toBe(text);
      }
    });
  }
});
