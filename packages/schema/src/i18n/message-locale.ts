import type { IssueMessages } from "../issues/messages/issue-messages.js";
import type { MessageAsts } from "../issues/messages/message-asts.js";
import type { FieldLabels, RecordTypeLabels } from "./field-texts.js";
import type { Locale } from "./locale.js";

/**
 * The texts of one language that issue messages and reports need: the message of every issue code, the labels
 * of the fields they name and of the record types. Every `LocaleBundle` is one; `@tip/schema/locales/es/messages`
 * gives one without code labels or field descriptions, for a smaller browser bundle and a faster start.
 */
export interface MessageLocale {
  readonly locale: Locale;
  readonly fields: FieldLabels;
  readonly messages: IssueMessages;
  /** The label of every record type (a `LocaleBundle` has those of every object of the model). */
  readonly objects: RecordTypeLabels;
  /** The same messages parsed ahead (generated from `messages`): what issues are formatted from. */
  readonly asts: MessageAsts;
}
