import { CODE_LISTS, type CodeList } from "@tip/schema";
import { en } from "@tip/schema/locales/en";
import { cellText } from "./glotip-cell-text.js";

/** GLOTIP's word for "no breakdown" in the Dimension, Category, Sex and Age columns. */
export const GLOTIP_TOTAL = "Total";

/** How GLOTIP writes each code of the lists its columns take, and how its texts read back. */
export interface GlotipVocabulary<C extends string> {
  /** The text GLOTIP writes for a code. */
  text(code: C): string;
  /** The code a GLOTIP text stands for (trimmed, any letter case), or `undefined`. */
  code(text: string): C | undefined;
}

const fold = (text: string) => text.trim().toLowerCase();

/** A vocabulary from a table of code → GLOTIP text. */
function vocabulary<C extends string>(texts: Readonly<Record<C, string>>): GlotipVocabulary<C> {
  const byText = new Map<string, C>();
  for (const code of Object.keys(texts) as C[]) byText.set(fold(texts[code]), code);
  return {
    // A code not in the list (a record that is not valid) is written as it is, never dropped.
    text: (code) => (typeof code === "string" && Object.hasOwn(texts, code) ? texts[code] : cellText(code)),
    code: (text) => byText.get(fold(text)),
  };
}

/** A vocabulary from the `glotip` mappings of a code list (its first mapping is the text written). */
function fromMappings<C extends string>(list: CodeList<C>): GlotipVocabulary<C> {
  const texts = {} as Record<C, string>;
  for (const code of list.codes) texts[code] = list.mappings[code].glotip?.[0] ?? code;
  return vocabulary(texts);
}

/** Indicator column. */
export const INDICATOR_TEXTS = fromMappings(CODE_LISTS.aggregate_indicator);
/** Dimension column. */
export const BREAKDOWN_TEXTS = fromMappings(CODE_LISTS.aggregate_breakdown);
/** Unit of measurement column. */
export const UNIT_TEXTS = fromMappings(CODE_LISTS.aggregate_unit);

/** Sex column, as the export spells it. */
export const SEX_TEXTS = vocabulary({ female: "Female", male: "Male", other: "Other", unknown: "Unknown" });

/** Age column: GLOTIP counts children (0 to 17 years) and adults. */
export const AGE_TEXTS = vocabulary({
  child: "0 to 17 years",
  adult: "18 years or over",
  unknown: "Unknown",
});

/**
 * Category column of the breakdown by form of exploitation. The export names three forms; the others are the
 * questionnaire's names, written for tables that count them.
 */
export const FORM_TEXTS = vocabulary({
  sexual_exploitation: "Sexual exploitation",
  forced_labour: "Forced labour",
  forced_criminality: "Forced criminal activity",
  forced_begging: "Begging",
  forced_marriage: "Forced marriage",
  organ_removal: "Organ removal",
  slavery_and_practices: "Slavery and similar practices",
  servitude: "Servitude",
  child_labour: "Child labour",
  forced_military: "Child soldiers",
  illegal_adoption: "Illegal adoption",
  surrogacy: "Surrogacy",
  benefit_fraud: "Benefit fraud",
  other: "Other forms of exploitation",
});

const countryNames = new Map<string, string>();
for (const code of CODE_LISTS.country.codes) countryNames.set(fold(en.codes.country[code].label), code);

/** Country and Category columns: the English name of a country of the model's list. */
export const COUNTRY_TEXTS: GlotipVocabulary<string> = {
  text: (code) =>
    typeof code === "string" && Object.hasOwn(en.codes.country, code)
      ? (en.codes.country[code as keyof typeof en.codes.country]?.label ?? code)
      : cellText(code),
  code: (text) => countryNames.get(fold(text)),
};
