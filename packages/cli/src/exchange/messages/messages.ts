import type { Locale } from "@tip/schema";
import { exchangeCliMessagesEn } from "./exchange-cli-messages.en.js";
import { exchangeCliMessagesEs } from "./exchange-cli-messages.es.js";
import { exchangeCliMessagesFr } from "./exchange-cli-messages.fr.js";
import type { ExchangeCliMessages } from "./exchange-cli-messages.js";
import { exchangeCliMessagesPt } from "./exchange-cli-messages.pt.js";

/** The exchange commands' texts in each supported locale. */
export const EXCHANGE_CLI_MESSAGES: Readonly<Record<Locale, ExchangeCliMessages>> = {
  en: exchangeCliMessagesEn,
  es: exchangeCliMessagesEs,
  fr: exchangeCliMessagesFr,
  pt: exchangeCliMessagesPt,
};
