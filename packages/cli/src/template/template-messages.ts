import type { Locale } from "@tip/schema";
import { templateMessagesEn } from "./template-messages.en.js";
import { templateMessagesEs } from "./template-messages.es.js";
import { templateMessagesFr } from "./template-messages.fr.js";
import { templateMessagesPt } from "./template-messages.pt.js";
import type { TemplateMessages } from "./template-messages-shape.js";

export type { TemplateMessages } from "./template-messages-shape.js";

/** The texts of `tip template` in each supported language. */
export const TEMPLATE_MESSAGES: Readonly<Record<Locale, TemplateMessages>> = {
  en: templateMessagesEn,
  es: templateMessagesEs,
  fr: templateMessagesFr,
  pt: templateMessagesPt,
};
