import type { IssueMessages } from "../issues/messages/issue-messages.js";
import type { FieldTexts } from "./field-texts.js";
import type { Locale } from "./locale.js";

/**
 * The texts of one language that issue messages need: the message of every issue code and the field labels
 * they name. Every `LocaleBundle` is one; `@tip/schema/locales/es/messages` gives one without the code labels,
 * for a smaller browser bundle.
 */
export interface MessageLocale {
  readonly locale: Locale;
  readonly fields: FieldTexts;
  readonly messages: IssueMessages;
}
