import type { ExchangeTexts } from "@tip/exchange";
import type { Locale } from "@tip/schema";

/** @tip/exchange's texts in one language, loaded only when needed. */
export async function exchangeTexts(lang: Locale): Promise<ExchangeTexts> {
  switch (lang) {
    case "es":
      return (await import("@tip/exchange/locales/es")).es;
    case "fr":
      return (await import("@tip/exchange/locales/fr")).fr;
    case "pt":
      return (await import("@tip/exchange/locales/pt")).pt;
    default:
      return (await import("@tip/exchange/locales/en")).en;
  }
}
