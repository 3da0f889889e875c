import { fieldLabelsFr, recordTypeLabelsFr } from "../i18n/fields/labels.fr.generated.js";
import type { MessageLocale } from "../i18n/message-locale.js";
import { messageAstsFr } from "../issues/messages/messages.fr.ast.generated.js";
import { messagesFr } from "../issues/messages/messages.fr.js";

/**
 * French issue messages and the labels of the fields they name: enough for `checkRecord`, and much smaller in a
 * browser bundle than `fr` from `@tip/schema/locales/fr`, which adds field descriptions and code labels.
 */
export const frMessages: MessageLocale = {
  locale: "fr",
  fields: fieldLabelsFr,
  messages: messagesFr,
  objects: recordTypeLabelsFr,
  asts: messageAstsFr,
};
