import type { Mappings } from "../../meta/mappings.js";
import { withMappings } from "../define-code-list.js";
import { languageCodeSet } from "./language.code-set.js";
import { languageData } from "./language.data.generated.js";

/**
 * A language code of the model: ISO 639-1 where the language has one (`es`, `qu`), else the ISO 639-3 code
 * (`quc` K'iche', `guc` Wayuu) or ISO 639-2 collective code (`nah` Nahuatl languages) of a language of the
 * region. The same rule as BCP 47 language tags.
 */
export type LanguageCode = (typeof languageData)[number]["code"];

/** What a language code stands for: one language, a macrolanguage, or a group of languages. */
export type LanguageKind = (typeof languageData)[number]["kind"];

/** The ISO 639-2 codes HTCDS writes: B then T for ISO 639-1 languages, else the three-letter code itself. */
function htcdsCodes(l: (typeof languageData)[number]): string[] {
  if (!("iso6391" in l)) return [l.code];
  return l.iso6392b === l.iso6392t ? [l.iso6392b] : [l.iso6392b, l.iso6392t];
}

const entries: Record<string, Mappings> = Object.fromEntries(
  languageData.map((l) => [l.code, { htcds: htcdsCodes(l) }]),
);

/**
 * Languages: every ISO 639-1 code, and the ISO 639-3 codes of languages of the region that ISO 639-1 lacks
 * (Nahuatl, Mixtec and Zapotec varieties, K'iche', Garifuna, Wayuu, Mapudungun...) with the ISO 639-2
 * collective codes HTCDS files use for them (`nah`, `myn`). Each code's definition says whether it is an
 * individual language, a macrolanguage (`qu` Quechua, `zap` Zapotec) or a group (`nah`); both a macrolanguage
 * and its individual languages are accepted. HTCDS writes ISO 639-2, so each code maps (`htcds`) to its ISO
 * 639-2/B code, then the /T code where the two differ (`de` → `ger`, `deu`); a language ISO 639-2 has no code
 * for keeps its ISO 639-3 code.
 */
export const language = withMappings(languageCodeSet, entries as Record<LanguageCode, Mappings>);
