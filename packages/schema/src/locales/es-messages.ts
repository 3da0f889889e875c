import { fieldsEs } from "../i18n/fields/fields.es.js";
import type { MessageLocale } from "../i18n/message-locale.js";
import { messagesEs } from "../issues/messages/messages.es.js";

/**
 * Spanish issue messages and the field labels they name, without the code labels of `es` from
 * `@tip/schema/locales/es`: enough for `checkRecord`, and much smaller in a browser bundle.
 */
export const esMessages: MessageLocale = { locale: "es", fields: fieldsEs, messages: messagesEs };
