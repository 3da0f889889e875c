import type { Locale } from "../../i18n/locale.js";
import { suggestionNoteEn } from "./messages.en.js";
import { suggestionNoteEs } from "./messages.es.js";
import { suggestionNoteFr } from "./messages.fr.js";
import { suggestionNotePt } from "./messages.pt.js";

/**
 * Said after the message of an unknown key when a field of the model is close to it (a typo): the field's name,
 * never the key.
 */
export const SUGGESTION_NOTE: { readonly [L in Locale]: string } = {
  en: suggestionNoteEn,
  es: suggestionNoteEs,
  fr: suggestionNoteFr,
  pt: suggestionNotePt,
};

/** The template, with the suggestion note after it when the issue has a `suggestion` param. */
export function withSuggestionNote(
  locale: Locale,
  template: string,
  params: Readonly<Record<string, string | number | undefined>>,
): string {
  return typeof params.suggestion === "string" ? `${template} ${SUGGESTION_NOTE[locale]}` : template;
}
