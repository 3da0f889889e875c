import { fieldLabelsPt, recordTypeLabelsPt } from "../i18n/fields/labels.pt.generated.js";
import type { MessageLocale } from "../i18n/message-locale.js";
import { messageAstsPt } from "../issues/messages/messages.pt.ast.generated.js";
import { messagesPt } from "../issues/messages/messages.pt.js";

/**
 * Portuguese issue messages and the labels of the fields they name: enough for `checkRecord`, and much smaller in a
 * browser bundle than `pt` from `@tip/schema/locales/pt`, which adds field descriptions and code labels.
 */
export const ptMessages: MessageLocale = {
  locale: "pt",
  fields: fieldLabelsPt,
  messages: messagesPt,
  objects: recordTypeLabelsPt,
  asts: messageAstsPt,
};
