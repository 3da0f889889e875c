import type { LanguageCode } from "./language.codes.js";
import { languageData } from "./language.data.generated.js";

export type { LanguageCode } from "./language.codes.js";

type LanguageRow = (typeof languageData)[number];

const byIso6391 = new Map<string, LanguageRow>(languageData.map((l) => [l.iso6391, l]));
const byIso6392 = new Map<string, LanguageCode>(
  languageData.flatMap((l) => [
    [l.iso6392b, l.iso6391],
    [l.iso6392t, l.iso6391],
  ]),
);

/**
 * Reads a language written as an ISO 639-1 code (`es`) or an ISO 639-2 bibliographic (`ger`) or terminology
 * (`deu`) code, in any letter case and with surrounding spaces, and returns its ISO 639-1 code; `undefined`
 * for anything else, including ISO 639-2 codes that have no ISO 639-1 code (e.g. `und`, `mul`, `fil`).
 */
export function toIso6391(input: string): LanguageCode | undefined {
  const value = input.trim().toLowerCase();
  if (/^[a-z]{2}$/.test(value)) return byIso6391.get(value)?.iso6391;
  if (/^[a-z]{3}$/.test(value)) return byIso6392.get(value);
  return undefined;
}

/** The ISO 639-2 bibliographic (B) code of a language, the form HTCDS uses (`de` → `ger`, `es` → `spa`). */
export function iso6392bOf(code: LanguageCode): LanguageRow["iso6392b"] {
  return (byIso6391.get(code) as LanguageRow).iso6392b;
}

/** The ISO 639-2 terminology (T) code of a language, which ISO 639-3 shares (`de` → `deu`, `es` → `spa`). */
export function iso6392tOf(code: LanguageCode): LanguageRow["iso6392t"] {
  return (byIso6391.get(code) as LanguageRow).iso6392t;
}
