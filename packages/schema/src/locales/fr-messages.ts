import { fieldsFr } from "../i18n/fields/fields.fr.js";
import type { MessageLocale } from "../i18n/message-locale.js";
import { messagesFr } from "../issues/messages/messages.fr.js";

/**
 * French issue messages and the field labels they name, without the code labels of `fr` from
 * `@tip/schema/locales/fr`: enough for `checkRecord`, and much smaller in a browser bundle.
 */
export const frMessages: MessageLocale = { locale: "fr", fields: fieldsFr, messages: messagesFr };
