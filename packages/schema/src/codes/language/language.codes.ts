import type { Mappings } from "../../meta/mappings.js";
import { defineCodeList } from "../define-code-list.js";
import { languageData } from "./language.data.generated.js";

/** An ISO 639-1 two-letter language code. */
export type LanguageCode = (typeof languageData)[number]["iso6391"];

const entries: Record<string, Mappings> = Object.fromEntries(
  languageData.map((l) => [
    l.iso6391,
    { htcds: l.iso6392b === l.iso6392t ? [l.iso6392b] : [l.iso6392b, l.iso6392t] },
  ]),
);

/**
 * Languages by ISO 639-1 two-letter code. HTCDS writes languages as ISO 639-2 codes, so each code maps (`htcds`)
 * to its ISO 639-2/B code, followed by the /T code where the two differ (`de` → `ger`, `deu`).
 */
export const language = defineCodeList("language", entries as Record<LanguageCode, Mappings>);
