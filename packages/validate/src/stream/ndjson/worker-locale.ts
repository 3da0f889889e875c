import { en, type LocaleBundle } from "@tip/schema";
import type { Lang } from "../../shared/lang.js";

/** The locale bundle of a language, loading only that language (English when it is not supported). */
export async function localeOf(lang: Lang | undefined): Promise<LocaleBundle> {
  switch (lang) {
    case "es":
      return (await import("@tip/schema/locales/es")).es;
    case "fr":
      return (await import("@tip/schema/locales/fr")).fr;
    case "pt":
      return (await import("@tip/schema/locales/pt")).pt;
    default:
      return en;
  }
}
