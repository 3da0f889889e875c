// The entry `@tip/schema/check`: record checks for a browser bundle, which carries only the language given.
import type * as z from "zod";
import type { MessageLocale } from "./i18n/message-locale.js";
import { type CheckOptions, type CheckResult, checkRecordIn } from "./issues/check-record.js";
import { ENTITIES, type RecordType } from "./model/entities.js";

export type { MessageLocale } from "./i18n/message-locale.js";
export type { CheckResult } from "./issues/check-record.js";

/** Options of `checkRecord` from `@tip/schema/check`: those of `@tip/schema`'s, with the language required. */
export interface CheckOptionsWithLocale extends CheckOptions {
  /** Language of the messages, e.g. `esMessages` from `@tip/schema/locales/es/messages`. */
  readonly locale: MessageLocale;
}

/**
 * `checkRecord` of `@tip/schema` with the language required, so a bundle carries no other (English included),
 * and without the `z.compile` fast path (about 8 KB gzip) that pays off only on large files. The same checks,
 * issues and messages; never throws on data.
 */
export function checkRecord(data: unknown, options: CheckOptionsWithLocale): CheckResult {
  return checkRecordIn(data, options.locale, options, schemaOf);
}

function schemaOf(recordType: RecordType): z.ZodType {
  return ENTITIES[recordType];
}
