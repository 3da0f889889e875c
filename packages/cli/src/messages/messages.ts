import { formatIcu, type Locale, type MessageParams } from "@tip/schema/i18n";
import type { CliMessages } from "./cli-messages.js";

/** The `tip` command's texts in one language, with the formatter of that language. */
export interface CliCatalogue extends CliMessages {
  /**
   * Renders a text of this catalogue (ICU MessageFormat, see `formatIcu` of `@tip/schema`) in the catalogue's
   * own language: plural forms and digit grouping follow it, and no call can ask for another. Params the text
   * lacks are shown as `{name}`.
   */
  format(template: string, params?: MessageParams): string;
}

/**
 * The texts of a language, one file per language, loaded when first asked for: a command speaks one language,
 * and loading all four took some 20 ms of every start.
 */
async function textsOf(lang: Locale): Promise<CliMessages> {
  switch (lang) {
    case "es":
      return (await import("./cli-messages.es.js")).cliMessagesEs;
    case "fr":
      return (await import("./cli-messages.fr.js")).cliMessagesFr;
    case "pt":
      return (await import("./cli-messages.pt.js")).cliMessagesPt;
    default:
      return (await import("./cli-messages.en.js")).cliMessagesEn;
  }
}

const catalogues = new Map<Locale, Promise<CliCatalogue>>();

/** The `tip` command's texts in `lang`, whose `format` renders them in that language. */
export function messagesFor(lang: Locale): Promise<CliCatalogue> {
  let catalogue = catalogues.get(lang);
  if (catalogue === undefined) {
    catalogue = textsOf(lang).then((texts) =>
      Object.freeze({
        ...texts,
        format: (template: string, params: MessageParams = {}) => formatIcu(texts.locale, template, params),
      }),
    );
    catalogues.set(lang, catalogue);
  }
  return catalogue;
}
