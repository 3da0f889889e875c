import type { IssueMessages } from "../issues/messages/issue-messages.js";
import type { FieldLabels } from "./field-texts.js";
import type { Locale } from "./locale.js";

/**
 * The texts of one language that issue messages need: the message of every issue code and the labels of the
 * fields they name. Every `LocaleBundle` is one; `@tip/schema/locales/es/messages` gives one without code labels
 * or field descriptions, for a smaller browser bundle.
 */
export interface MessageLocale {
  readonly locale: Locale;
  readonly fields: FieldLabels;
  readonly messages: IssueMessages;
}
