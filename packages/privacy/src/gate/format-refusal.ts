import { formatIcu, type LocaleBundle } from "@tip/schema";
import type { PrivacyTexts } from "../i18n/privacy-texts.js";
import { en } from "../locales/en.js";
import type { Refusal } from "./refusal.js";

/**
 * A refusal as a sentence in one language: the record's id and type, and the missing permission. The purpose
 * is shown with its label when @tip/schema's locale bundle of the same language is given.
 */
export function formatRefusal(refusal: Refusal, texts: PrivacyTexts = en, bundle?: LocaleBundle): string {
  const purposeCode = refusal.params.purpose;
  const purpose =
    (bundle?.codes.consent_purpose as Readonly<Record<string, { label: string } | undefined>> | undefined)?.[
      purposeCode
    ]?.label ?? purposeCode;
  const type =
    texts.recordTypes[refusal.recordType as keyof PrivacyTexts["recordTypes"]] ?? refusal.recordType;
  const params = { ...refusal.params, id: refusal.id, type, purpose };
  return formatIcu(texts.locale, texts.refusals[refusal.code], params);
}
