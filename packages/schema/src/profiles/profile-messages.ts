import { formatIcu, type MessageParams } from "../i18n/format-icu.js";
import type { Locale } from "../i18n/locale.js";
import type { ProfileMessages } from "../issues/messages/issue-messages.js";
import { profileMessagesEn } from "../issues/messages/messages.en.js";
import { profileMessagesEs } from "../issues/messages/messages.es.js";
import { profileMessagesFr } from "../issues/messages/messages.fr.js";
import { profileMessagesPt } from "../issues/messages/messages.pt.js";
import { withPositionNote } from "../issues/messages/position-note.js";
import type { ProfileIssueCode } from "./profile-issue-codes.js";

export { PROFILE_ISSUE_CODES, type ProfileIssueCode } from "./profile-issue-codes.js";

/** The messages of profile problems in each language of the SDK. */
export const PROFILE_MESSAGES: { readonly [L in Locale]: ProfileMessages } = {
  en: profileMessagesEn,
  es: profileMessagesEs,
  fr: profileMessagesFr,
  pt: profileMessagesPt,
};

/**
 * Renders the message of a profile problem; params are numbers and format words, never profile content. A
 * problem about a key the profile format does not know points at the object and gives the key's `position`.
 */
export function profileMessage(locale: Locale, code: ProfileIssueCode, params: MessageParams): string {
  return formatIcu(locale, withPositionNote(locale, PROFILE_MESSAGES[locale][code], params), params);
}
