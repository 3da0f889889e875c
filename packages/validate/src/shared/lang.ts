import type { Locale, MessageLocale } from "@tip/schema";
import { enMessages } from "@tip/schema/locales/en/messages";
import { esMessages } from "@tip/schema/locales/es/messages";
import { frMessages } from "@tip/schema/locales/fr/messages";
import { ptMessages } from "@tip/schema/locales/pt/messages";

/** A language of messages and reports: the four official languages of the OAS. */
export type Lang = Locale;

// Only the texts issues need (their messages and the labels of the fields they name): the full locale bundles,
// with code labels and field descriptions, are eight times larger and took a tenth of the start-up of `tip`.
const BUNDLES: Readonly<Record<Lang, MessageLocale>> = {
  en: enMessages,
  es: esMessages,
  fr: frMessages,
  pt: ptMessages,
};

/** The texts of a language's issues; English when the language is not supported. */
export function bundleOf(lang: Lang | undefined): MessageLocale {
  return (lang !== undefined && Object.hasOwn(BUNDLES, lang) ? BUNDLES[lang] : undefined) ?? enMessages;
}
