import type { MessageLocale } from "@tip/schema";
import { enMessages } from "@tip/schema/locales/en/messages";
import type { Lang } from "./lang.js";

/**
 * The texts of a language's issues (English when the language is not supported), loading only that language:
 * the others stay out of a program's start. For the `locale` of `validateRecord`, `validateBundle` and
 * `formatTextReport`; the streaming validators load theirs so.
 */
export async function loadMessages(lang?: Lang): Promise<MessageLocale> {
  switch (lang) {
    case "es":
      return (await import("@tip/schema/locales/es/messages")).esMessages;
    case "fr":
      return (await import("@tip/schema/locales/fr/messages")).frMessages;
    case "pt":
      return (await import("@tip/schema/locales/pt/messages")).ptMessages;
    default:
      return enMessages;
  }
}
