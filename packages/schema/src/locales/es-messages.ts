import { fieldLabelsEs, recordTypeLabelsEs } from "../i18n/fields/labels.es.generated.js";
import type { MessageLocale } from "../i18n/message-locale.js";
import { messageAstsEs } from "../issues/messages/messages.es.ast.generated.js";
import { messagesEs } from "../issues/messages/messages.es.js";

/**
 * Spanish issue messages and the labels of the fields they name: enough for `checkRecord`, and much smaller in a
 * browser bundle than `es` from `@tip/schema/locales/es`, which adds field descriptions and code labels.
 */
export const esMessages: MessageLocale = {
  locale: "es",
  fields: fieldLabelsEs,
  messages: messagesEs,
  objects: recordTypeLabelsEs,
  asts: messageAstsEs,
};
