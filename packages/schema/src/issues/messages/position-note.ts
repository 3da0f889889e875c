import type { Locale } from "../../i18n/locale.js";
import { positionNoteEn } from "./messages.en.js";
import { positionNoteEs } from "./messages.es.js";
import { positionNoteFr } from "./messages.fr.js";
import { positionNotePt } from "./messages.pt.js";

/**
 * Said after a message whose issue points at an object because the key it is about cannot be shown (an unknown
 * key could be a name typed in the wrong place): which key of the object, by its place from 1.
 */
export const POSITION_NOTE: { readonly [L in Locale]: string } = {
  en: positionNoteEn,
  es: positionNoteEs,
  fr: positionNoteFr,
  pt: positionNotePt,
};

/** `{position}` or `{position, number}` in an ICU template. */
const USES_POSITION = /\{\s*position\s*[,}]/;

/** The template, with the position note after it when the issue has a `position` the template does not use. */
export function withPositionNote(
  locale: Locale,
  template: string,
  params: Readonly<Record<string, string | number | undefined>>,
): string {
  return needsPositionNote(template, params) ? `${template} ${POSITION_NOTE[locale]}` : template;
}

/** Whether the issue has a `position` the template does not use, so the position note is said after it. */
export function needsPositionNote(
  template: string,
  params: Readonly<Record<string, string | number | undefined>>,
): boolean {
  return typeof params.position === "number" && !USES_POSITION.test(template);
}
