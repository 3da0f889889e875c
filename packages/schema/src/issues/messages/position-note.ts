import type { Locale } from "../../i18n/locale.js";

/**
 * Said after a message whose issue points at an object because the key it is about cannot be shown (an unknown
 * key could be a name typed in the wrong place): which key of the object, by its place from 1.
 */
export const POSITION_NOTE: { readonly [L in Locale]: string } = {
  en: "See key number {position} of this object.",
  es: "Véase la clave n.º {position} de este objeto.",
  fr: "Voir la clé n° {position} de cet objet.",
  pt: "Veja a chave n.º {position} deste objeto.",
};

/** The template, with the position note after it when the issue has a `position` the template does not use. */
export function withPositionNote(
  locale: Locale,
  template: string,
  params: Readonly<Record<string, string | number>>,
): string {
  return typeof params.position === "number" && !template.includes("{position}")
    ? `${template} ${POSITION_NOTE[locale]}`
    : template;
}
