import { formatIcu, type Locale, type MessageParams } from "@tip/schema";
import { cliMessagesEn } from "./cli-messages.en.js";
import { cliMessagesEs } from "./cli-messages.es.js";
import { cliMessagesFr } from "./cli-messages.fr.js";
import type { CliMessages } from "./cli-messages.js";
import { cliMessagesPt } from "./cli-messages.pt.js";

/** The `tip` command's own texts in each supported locale: one catalogue per language. */
export const CLI_MESSAGES: Readonly<Record<Locale, CliMessages>> = {
  en: cliMessagesEn,
  es: cliMessagesEs,
  fr: cliMessagesFr,
  pt: cliMessagesPt,
};

/**
 * Renders a CLI text (ICU MessageFormat, see `formatIcu` of `@tip/schema`) in `locale`, the language of the
 * catalogue the text comes from (`messages.locale`): a text with a plural or a `{count, number}` needs it;
 * without it the text is rendered the English way. Params the text lacks are shown as `{name}`.
 */
export function formatCli(template: string, params: MessageParams = {}, locale: Locale = "en"): string {
  return formatIcu(locale, template, params);
}
