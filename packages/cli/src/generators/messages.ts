import type { Locale } from "@tip/schema";
import { generatorMessagesEn } from "./generator-messages.en.js";
import { generatorMessagesEs } from "./generator-messages.es.js";
import { generatorMessagesFr } from "./generator-messages.fr.js";
import type { GeneratorMessages } from "./generator-messages.js";
import { generatorMessagesPt } from "./generator-messages.pt.js";

/** The texts of `tip docs`, `tip schema` and `tip synth` in each supported locale. */
export const GENERATOR_MESSAGES: Readonly<Record<Locale, GeneratorMessages>> = {
  en: generatorMessagesEn,
  es: generatorMessagesEs,
  fr: generatorMessagesFr,
  pt: generatorMessagesPt,
};
