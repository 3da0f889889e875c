import type { Locale } from "@tip/schema";
import { convertCliMessagesEn } from "./convert-cli-messages.en.js";
import { convertCliMessagesEs } from "./convert-cli-messages.es.js";
import { convertCliMessagesFr } from "./convert-cli-messages.fr.js";
import type { ConvertCliMessages } from "./convert-cli-messages.js";
import { convertCliMessagesPt } from "./convert-cli-messages.pt.js";

/** The texts of `tip convert` in each supported locale. */
export const CONVERT_CLI_MESSAGES: Readonly<Record<Locale, ConvertCliMessages>> = {
  en: convertCliMessagesEn,
  es: convertCliMessagesEs,
  fr: convertCliMessagesFr,
  pt: convertCliMessagesPt,
};
