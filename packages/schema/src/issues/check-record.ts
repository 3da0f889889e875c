import * as z from "zod";
import type { MessageLocale } from "../i18n/message-locale.js";
import { enMessages } from "../locales/en-messages.js";
import { ENTITIES, type RecordType } from "../model/entities.js";
import type { RuleSeverity } from "../profiles/compiled-profile.js";
import { CHECKS_BY_RECORD_TYPE } from "../rules/catalogue.js";
import {
  type CheckOptions,
  type CheckResult,
  type CheckSetup,
  checkRecordIn,
  runChecks,
} from "./check-core.js";
import { checkWithProfile } from "./check-with-profile.js";
import type { Issue } from "./issue.js";

export type { CheckOptions, CheckResult } from "./check-core.js";

/** Every record type, parsed by `compiledParser`, with profiles. */
const EVERY_RECORD_TYPE: CheckSetup = {
  checks: new Map(Object.entries(CHECKS_BY_RECORD_TYPE)),
  parserFor: compiledParser,
  withProfile: checkWithProfile,
};

/**
 * Checks one record of any type against its schema and, when the structure is sound, its cross-field rules.
 * Never throws on data: anything wrong with the input is an issue. A value that cannot be read as data (a
 * getter or proxy that throws, a cycle, a function, a sparse array of length 1e8, nesting deeper than
 * `maxDepth`) is one issue (`unreadable_value`, `value_too_large`, `nesting_too_deep`) at the deepest place
 * the model names, and the record is not checked further. The value of a valid record is zod's output,
 * sharing nothing with the input.
 */
export function checkRecord(data: unknown, options: CheckOptions = {}): CheckResult {
  return checkRecordIn(data, options.locale ?? enMessages, options, EVERY_RECORD_TYPE);
}

const compiled = new Map<RecordType, z.ZodType>();
const parses = new Map<RecordType, number>();

/**
 * Records of one type parsed by the schema itself (and without the code zod generates for objects) before it is
 * compiled: compiling costs about as much as parsing a few hundred records, which a small file (and so the
 * start-up of a command) would pay for nothing.
 */
export const PARSES_BEFORE_COMPILING = 256;

/**
 * The fast parser of a record type: `z.compile` gives identical results and issues about twice as fast on
 * flat records. Compiled lazily, once, after `PARSES_BEFORE_COMPILING` records of the type. A bundle gains
 * nothing (its records are a union), so it stays as is. Issues are still mapped against the original schema,
 * where the field metadata is registered.
 */
export function compiledParser(recordType: RecordType): z.ZodType {
  let parser = compiled.get(recordType);
  if (parser === undefined) {
    const schema: z.ZodType = ENTITIES[recordType];
    const count = parses.get(recordType) ?? 0;
    if (recordType !== "bundle" && count < PARSES_BEFORE_COMPILING) {
      parses.set(recordType, count + 1);
      return schema;
    }
    parser = recordType === "bundle" ? schema : z.compile(schema);
    compiled.set(recordType, parser);
  }
  return parser;
}

/**
 * Runs the cross-field rules of a record type on a structurally valid record. `severities` (a profile's)
 * changes the severity of rules by code, or turns them `off`.
 */
export function runRules(
  recordType: RecordType,
  record: unknown,
  locale: MessageLocale,
  pointerPrefix = "",
  severities?: ReadonlyMap<string, RuleSeverity>,
): readonly Issue[] {
  return runChecks(CHECKS_BY_RECORD_TYPE[recordType], record, locale, pointerPrefix, severities);
}
