import type { Locale } from "@tip/schema";
import { privacyCliMessagesEn } from "./privacy-cli-messages.en.js";
import { privacyCliMessagesEs } from "./privacy-cli-messages.es.js";
import { privacyCliMessagesFr } from "./privacy-cli-messages.fr.js";
import type { PrivacyCliMessages } from "./privacy-cli-messages.js";
import { privacyCliMessagesPt } from "./privacy-cli-messages.pt.js";

/** The privacy commands' texts in each supported locale. */
export const PRIVACY_CLI_MESSAGES: Readonly<Record<Locale, PrivacyCliMessages>> = {
  en: privacyCliMessagesEn,
  es: privacyCliMessagesEs,
  fr: privacyCliMessagesFr,
  pt: privacyCliMessagesPt,
};
