import { en, type Locale, type LocaleBundle } from "@tip/schema";
import { es } from "@tip/schema/locales/es";
import { fr } from "@tip/schema/locales/fr";
import { pt } from "@tip/schema/locales/pt";

/** A language of messages and reports: the four official languages of the OAS. */
export type Lang = Locale;

const BUNDLES: Readonly<Record<Lang, LocaleBundle>> = { en, es, fr, pt };

/** The locale bundle of a language; English when the language is not supported. */
export function bundleOf(lang: Lang | undefined): LocaleBundle {
  return (lang !== undefined && Object.hasOwn(BUNDLES, lang) ? BUNDLES[lang] : undefined) ?? en;
}
