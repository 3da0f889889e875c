import type { Locale, LocaleBundle } from "@tip/schema";
import { en } from "@tip/schema/locales/en";
import { es } from "@tip/schema/locales/es";
import { fr } from "@tip/schema/locales/fr";
import { pt } from "@tip/schema/locales/pt";

/** @tip/schema's texts (objects, fields, codes, messages) in each language of the site. */
export const LOCALE_BUNDLES: Readonly<Record<Locale, LocaleBundle>> = { en, es, fr, pt };
