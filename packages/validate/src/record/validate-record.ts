import {
  DEFAULT_MAX_VALUES,
  type Issue,
  type MessageLocale,
  type Profile,
  type RecordType,
  readData,
  toPointer,
} from "@tip/schema";
import { enMessages } from "@tip/schema/locales/en/messages";
import { inputIssue } from "../shared/input-issue.js";
import { DEFAULT_MAX_DEPTH } from "../shared/limits.js";
import { checkFast } from "./check-fast.js";

/** Options of `validateRecord`. */
export interface RecordOptions {
  /**
   * The texts of the messages' language: `await loadMessages("es")`, or `esMessages` of
   * `@tip/schema/locales/es/messages`; default English. Only the languages a program uses are loaded.
   */
  readonly locale?: MessageLocale;
  /** Deepest nesting of objects and arrays accepted (a flat object has depth 1); default 64. */
  readonly maxDepth?: number;
  /** Values the record may hold in all (properties, array items); default 1,000,000. */
  readonly maxValues?: number;
  /**
   * A national profile from `loadProfile` (@tip/schema): its rule severities, required fields, code lists and
   * extension fields apply. Without one, records are checked against core.
   */
  readonly profile?: Profile;
}

/** The outcome of validating one record. `ok` is true when no issue has severity `error`. */
export interface RecordResult {
  readonly ok: boolean;
  readonly recordType?: RecordType;
  /** The parsed record, when its structure is valid (cross-field rules may still have failed). */
  readonly value?: unknown;
  readonly issues: Issue[];
}

/**
 * Validates one record of any type, picked by its `recordType`: structure, then cross-field rules. Each issue
 * has a JSON Pointer into `data` and a message in the language of `locale` that never contains the value of a personal field.
 * A bundle is checked as one record here; `validateBundle` adds the checks across its records. Never throws
 * on data: a value that cannot be read as data (a getter or proxy that throws, a cycle, a function, a sparse
 * array of length 1e8, nesting deeper than `maxDepth`) is one issue (`unreadable_value`, `value_too_large`,
 * `nesting_too_deep`) at the deepest place the model names. The record is copied into plain data first
 * (see `readData` in `@tip/schema`), so `value` shares nothing with `data`.
 */
export function validateRecord(data: unknown, options: RecordOptions = {}): RecordResult {
  const locale = options.locale ?? enMessages;
  const maxDepth = options.maxDepth ?? DEFAULT_MAX_DEPTH;
  const read = readData(data, { maxDepth, maxValues: options.maxValues ?? DEFAULT_MAX_VALUES });
  if (!read.ok) {
    return { ok: false, issues: [inputIssue(read.code, toPointer(read.path), read.params, locale)] };
  }
  // A fresh copy of plain data: the in-place check of parsed JSON applies.
  const result = checkFast(read.value, locale, "", {
    maxDepth,
    shared: false,
    parsed: true,
    ...(options.profile && { profile: options.profile }),
  });
  if (result === undefined) {
    return { ok: false, issues: [inputIssue("nesting_too_deep", "", { maxDepth }, locale)] };
  }
  return {
    ok: result.ok,
    ...(result.recordType !== undefined && { recordType: result.recordType }),
    ...(result.value !== undefined && { value: result.value }),
    issues: [...result.issues],
  };
}
