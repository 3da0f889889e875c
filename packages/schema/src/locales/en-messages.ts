import { fieldLabelsEn, recordTypeLabelsEn } from "../i18n/fields/labels.en.generated.js";
import type { MessageLocale } from "../i18n/message-locale.js";
import { messageAstsEn } from "../issues/messages/messages.en.ast.generated.js";
import { messagesEn } from "../issues/messages/messages.en.js";

/**
 * English issue messages and the labels of the fields they name: enough for `checkRecord`, and much smaller in a
 * browser bundle than `en` from `@tip/schema/locales/en`, which adds field descriptions and code labels.
 */
export const enMessages: MessageLocale = {
  locale: "en",
  fields: fieldLabelsEn,
  messages: messagesEn,
  objects: recordTypeLabelsEn,
  asts: messageAstsEn,
};
