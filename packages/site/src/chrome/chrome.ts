import type { Locale } from "@tip/schema";
import { chromeEn } from "./chrome.en.js";
import { chromeEs } from "./chrome.es.js";
import { chromeFr } from "./chrome.fr.js";
import { chromePt } from "./chrome.pt.js";
import type { ChromeTexts } from "./chrome-texts.js";

/** The site's own texts (navigation, headings, prose) in each supported language. */
export const CHROME: Readonly<Record<Locale, ChromeTexts>> = {
  en: chromeEn,
  es: chromeEs,
  fr: chromeFr,
  pt: chromePt,
};
