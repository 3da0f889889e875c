import { fieldsPt } from "../i18n/fields/fields.pt.js";
import type { MessageLocale } from "../i18n/message-locale.js";
import { messagesPt } from "../issues/messages/messages.pt.js";

/**
 * Portuguese issue messages and the field labels they name, without the code labels of `pt` from
 * `@tip/schema/locales/pt`: enough for `checkRecord`, and much smaller in a browser bundle.
 */
export const ptMessages: MessageLocale = { locale: "pt", fields: fieldsPt, messages: messagesPt };
