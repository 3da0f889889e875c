import { formatIcu, type Locale, type MessageParams } from "@tip/schema";
import { cliMessagesEn } from "./cli-messages.en.js";
import { cliMessagesEs } from "./cli-messages.es.js";
import { cliMessagesFr } from "./cli-messages.fr.js";
import type { CliMessages } from "./cli-messages.js";
import { cliMessagesPt } from "./cli-messages.pt.js";

/** The `tip` command's texts in one language, with the formatter of that language. */
export interface CliCatalogue extends CliMessages {
  /**
   * Renders a text of this catalogue (ICU MessageFormat, see `formatIcu` of `@tip/schema`) in the catalogue's
   * own language: plural forms and digit grouping follow it, and no call can ask for another. Params the text
   * lacks are shown as `{name}`.
   */
  format(template: string, params?: MessageParams): string;
}

/** The texts of each language: one file per language. */
const TEXTS: Readonly<Record<Locale, CliMessages>> = {
  en: cliMessagesEn,
  es: cliMessagesEs,
  fr: cliMessagesFr,
  pt: cliMessagesPt,
};

const catalogues = new Map<Locale, CliCatalogue>();

/** The `tip` command's texts in `lang`, whose `format` renders them in that language. */
export function messagesFor(lang: Locale): CliCatalogue {
  let catalogue = catalogues.get(lang);
  if (catalogue === undefined) {
    const texts = TEXTS[lang];
    catalogue = Object.freeze({
      ...texts,
      format: (template: string, params: MessageParams = {}) => formatIcu(texts.locale, template, params),
    });
    catalogues.set(lang, catalogue);
  }
  return catalogue;
}
