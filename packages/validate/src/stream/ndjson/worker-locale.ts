import type { MessageLocale } from "@tip/schema";
import { enMessages } from "@tip/schema/locales/en/messages";
import type { Lang } from "../../shared/lang.js";

/** The texts of a language's issues, loading only that language (English when it is not supported). */
export async function localeOf(lang: Lang | undefined): Promise<MessageLocale> {
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
