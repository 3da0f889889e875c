import type { LanguageCode, LanguageKind } from "./language.codes.js";
import { languageData } from "./language.data.generated.js";

export type { LanguageCode, LanguageKind } from "./language.codes.js";

type LanguageRow = (typeof languageData)[number];
type Iso6391Row = Extract<LanguageRow, { iso6391: string }>;
type Iso6391Code = Iso6391Row["code"];

const byCode = new Map<string, LanguageRow>(languageData.map((l) => [l.code, l]));
/** Three-letter codes (ISO 639-2/B, /T, ISO 639-3, or the code itself) -> the model's code. */
const byThreeLetters = new Map<string, LanguageCode>(
  languageData.flatMap((l) => {
    const pairs: [string, LanguageCode][] = [[l.code, l.code]];
    for (const other of [
      "iso6392b" in l ? l.iso6392b : undefined,
      "iso6392t" in l ? l.iso6392t : undefined,
      "iso6393" in l ? l.iso6393 : undefined,
    ]) {
      if (other !== undefined) pairs.push([other, l.code]);
    }
    return pairs;
  }),
);

/**
 * Reads a language written as an ISO 639-1 code (`es`), an ISO 639-2 bibliographic (`ger`) or terminology
 * (`deu`) code, or an ISO 639-3 code (`quc`, `que`), in any letter case and with surrounding spaces, and returns
 * the model's code for it (`de`, `quc`, `qu`); `undefined` for a code the model does not list (`und`, `mul`).
 */
export function readLanguage(input: string): LanguageCode | undefined {
  const value = input.trim().toLowerCase();
  if (/^[a-z]{2}$/.test(value)) return byCode.get(value)?.code;
  if (/^[a-z]{3}$/.test(value)) return byThreeLetters.get(value);
  return undefined;
}

/**
 * Reads a language as `readLanguage` does and returns its ISO 639-1 code; `undefined` for anything else,
 * including languages that have no ISO 639-1 code (`quc`, `nah`, `fil`).
 */
export function toIso6391(input: string): Iso6391Code | undefined {
  const code = readLanguage(input);
  const row = code === undefined ? undefined : byCode.get(code);
  return row !== undefined && "iso6391" in row ? row.iso6391 : undefined;
}

/** Whether a code stands for one language, a macrolanguage or a group of languages. */
export function languageKindOf(code: LanguageCode): LanguageKind {
  return (byCode.get(code) as LanguageRow).kind;
}

/** The ISO 639-2 bibliographic (B) code of a language, the form HTCDS uses (`de` → `ger`); `undefined` if none. */
export function iso6392bOf(code: LanguageCode): string | undefined {
  const row = byCode.get(code);
  return row !== undefined && "iso6392b" in row ? row.iso6392b : undefined;
}

/** The ISO 639-2 terminology (T) code of a language (`de` → `deu`); `undefined` when it has none. */
export function iso6392tOf(code: LanguageCode): string | undefined {
  const row = byCode.get(code);
  if (row === undefined) return undefined;
  if ("iso6392t" in row) return row.iso6392t;
  return "iso6392b" in row ? row.iso6392b : undefined;
}
