import { fieldsEn } from "../i18n/fields/fields.en.js";
import type { MessageLocale } from "../i18n/message-locale.js";
import { messagesEn } from "../issues/messages/messages.en.js";

/**
 * English issue messages and the field labels they name, without the code labels of `en` from
 * `@tip/schema/locales/en`: enough for `checkRecord`, and much smaller in a browser bundle.
 */
export const enMessages: MessageLocale = { locale: "en", fields: fieldsEn, messages: messagesEn };
