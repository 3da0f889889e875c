import type { Locale } from "@tip/schema";
import { cliMessagesEn } from "./cli-messages.en.js";
import { cliMessagesEs } from "./cli-messages.es.js";
import { cliMessagesFr } from "./cli-messages.fr.js";
import type { CliMessages } from "./cli-messages.js";
import { cliMessagesPt } from "./cli-messages.pt.js";

/** The `tip` command's own texts in each supported locale. */
export const CLI_MESSAGES: Readonly<Record<Locale, CliMessages>> = {
  en: cliMessagesEn,
  es: cliMessagesEs,
  fr: cliMessagesFr,
  pt: cliMessagesPt,
};

/** Fills `{name}` placeholders of a CLI text; unknown placeholders are left as they are. */
export function formatCli(template: string, params: Readonly<Record<string, string | number>> = {}): string {
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => {
    const value = params[name];
    return value === undefined ? whole : String(value);
  });
}
