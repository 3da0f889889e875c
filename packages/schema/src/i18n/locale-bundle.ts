import type { CodeListTexts } from "../codes/code-lists.js";
import type { IssueMessages } from "../issues/messages/issue-messages.js";
import type { FieldTexts } from "./field-texts.js";
import type { Locale } from "./locale.js";
import type { MessageLocale } from "./message-locale.js";
import type { ObjectTexts } from "./object-texts.js";

/**
 * Everything the SDK shows in one language: field labels, code labels and issue messages. Import only the
 * locales you use (`@tip/schema/locales/es`), so a browser bundle carries no other language.
 */
export interface LocaleBundle extends MessageLocale {
  readonly locale: Locale;
  readonly objects: ObjectTexts;
  readonly fields: FieldTexts;
  readonly codes: CodeListTexts;
  readonly messages: IssueMessages;
}
