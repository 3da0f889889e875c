import type { PrivacyTexts } from "@tip/privacy";
import type { Locale, LocaleBundle } from "@tip/schema";

/** The schema's labels and @tip/privacy's texts in one language, loaded only when needed. */
export async function localeTexts(lang: Locale): Promise<{ bundle: LocaleBundle; texts: PrivacyTexts }> {
  switch (lang) {
    case "es":
      return {
        bundle: (await import("@tip/schema/locales/es")).es,
        texts: (await import("@tip/privacy/locales/es")).es,
      };
    case "fr":
      return {
        bundle: (await import("@tip/schema/locales/fr")).fr,
        texts: (await import("@tip/privacy/locales/fr")).fr,
      };
    case "pt":
      return {
        bundle: (await import("@tip/schema/locales/pt")).pt,
        texts: (await import("@tip/privacy/locales/pt")).pt,
      };
    default:
      return {
        bundle: (await import("@tip/schema/locales/en")).en,
        texts: (await import("@tip/privacy/locales/en")).en,
      };
  }
}
