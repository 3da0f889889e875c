import type { Locale } from "@tip/schema";
import { templateMessagesEn } from "./template-messages.en.js";
import { templateMessagesEs } from "./template-messages.es.js";
import { templateMessagesFr } from "./template-messages.fr.js";
import { templateMessagesPt } from "./template-messages.pt.js";

/** The texts of `tip template` in one language; `{name}` placeholders are filled by `formatCli`. */
export interface TemplateMessages {
  readonly description: string;
  readonly format: string;
  readonly lang: string;
  readonly output: string;
  /** Help text after the options: the exit codes. */
  readonly exitCodes: string;
  /** The `{format}` template (in `{lang}`) was written to `{file}`. */
  readonly written: string;
  /** ... under the profile `{profile}`. */
  readonly writtenProfile: string;
  /** `{value}` is no template format; `{formats}` are. */
  readonly badFormat: string;
  /** `{value}` is no language of the templates; `{langs}` are. */
  readonly badLang: string;
  /** `{option}` is required. */
  readonly missingOption: string;
}

/** The texts of `tip template` in each supported language. */
export const TEMPLATE_MESSAGES: Readonly<Record<Locale, TemplateMessages>> = {
  en: templateMessagesEn,
  es: templateMessagesEs,
  fr: templateMessagesFr,
  pt: templateMessagesPt,
};
