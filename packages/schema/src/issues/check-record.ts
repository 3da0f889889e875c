import * as z from "zod";
import { readData } from "../data/read-data.js";
import type { MessageLocale } from "../i18n/message-locale.js";
import { en } from "../locales/en.js";
import { ENTITIES, isRecordType, type RecordType } from "../model/entities.js";
import { compileProfile, type RuleSeverity } from "../profiles/compiled-profile.js";
import { foldWith } from "../profiles/fold-to-core.js";
import type { Profile } from "../profiles/profile.js";
import { profileIssues } from "../profiles/profile-issues.js";
import { RULES_BY_RECORD_TYPE } from "../rules/catalogue.js";
import type { Rule, RuleFinding } from "../rules/define-rule.js";
import { childOf } from "./field-at.js";
import { toIssue } from "./format-issue.js";
import { fromZodIssues } from "./from-zod.js";
import type { Issue } from "./issue.js";
import { STRUCTURAL_CODES } from "./structural-codes.js";

/** The outcome of checking one record. `ok` is true when no issue has severity `error`. */
export interface CheckResult<T = unknown> {
  readonly ok: boolean;
  readonly recordType?: RecordType;
  readonly value?: T;
  readonly issues: readonly Issue[];
}

/** Options of `checkRecord`. */
export interface CheckOptions {
  /**
   * Language of the messages, e.g. `es` from `@tip/schema/locales/es` or `esMessages` from
   * `@tip/schema/locales/es/messages`; default English.
   */
  readonly locale?: MessageLocale;
  /** JSON Pointer prepended to every issue path (the record's place in a bundle or file). */
  readonly pointerPrefix?: string;
  /** Deepest nesting of objects and arrays accepted (a flat object has depth 1); default 64. */
  readonly maxDepth?: number;
  /** Values the record may hold in all (properties, array items); default 1,000,000. */
  readonly maxValues?: number;
  /**
   * The input comes straight from `JSON.parse` (or `readData`): plain data with no getters, proxies or
   * cycles, its depth and size already bounded by the caller. It is then checked in place, not copied first.
   */
  readonly parsedJson?: boolean;
  /**
   * A national profile (from `loadProfile`): its rule severities, required fields, code lists and extension
   * fields apply. National codes are folded to their core codes for the core checks; `value` is then the
   * record as given.
   */
  readonly profile?: Profile;
}

/**
 * Checks one record of any type against its schema and, when the structure is sound, its cross-field rules.
 * Never throws on data: anything wrong with the input is an issue. A value that cannot be read as data (a
 * getter or proxy that throws, a cycle, a function, a sparse array of length 1e8, nesting deeper than
 * `maxDepth`) is one issue (`unreadable_value`, `value_too_large`, `nesting_too_deep`) at the deepest place
 * the model names, and the record is not checked further. The value of a valid record is zod's output,
 * sharing nothing with the input.
 */
export function checkRecord(data: unknown, options: CheckOptions = {}): CheckResult {
  return checkRecordIn(data, options.locale ?? en, options, compiledParser);
}

/**
 * `checkRecord` in a given language with a given parser per record type. `en` and `z.compile` are named only by
 * `checkRecord` above, so a bundle of `@tip/schema/check` (which passes its own) carries neither.
 */
export function checkRecordIn(
  data: unknown,
  locale: MessageLocale,
  options: CheckOptions,
  parserFor: (recordType: RecordType) => z.ZodType,
): CheckResult {
  const { pointerPrefix = "" } = options;
  let input = data;
  if (options.parsedJson !== true) {
    const read = readData(data, options);
    if (!read.ok) {
      const raw = { code: read.code, path: read.path, params: read.params };
      return { ok: false, issues: [toIssue(raw, "error", locale, pointerPrefix)] };
    }
    input = read.value;
  }
  if (options.profile !== undefined) {
    return checkWithProfile(input, locale, pointerPrefix, options.profile, parserFor);
  }
  return checkCore(input, locale, pointerPrefix, parserFor);
}

function checkWithProfile(
  input: unknown,
  locale: MessageLocale,
  pointerPrefix: string,
  profile: Profile,
  parserFor: (recordType: RecordType) => z.ZodType,
): CheckResult {
  const compiled = compileProfile(profile);
  const folded = foldWith(input, compiled);
  const core = checkCore(folded, locale, pointerPrefix, parserFor, compiled.severities);
  if (core.recordType === undefined) return core;
  const more = profileIssues(input, compiled, locale, pointerPrefix);
  const issues = more.length === 0 ? core.issues : [...core.issues, ...more];
  const ok = !issues.some((issue) => issue.severity === "error");
  if (core.value === undefined) return { ok, recordType: core.recordType, issues };
  return { ok, recordType: core.recordType, value: folded === input ? core.value : input, issues };
}

function checkCore(
  input: unknown,
  locale: MessageLocale,
  pointerPrefix: string,
  parserFor: (recordType: RecordType) => z.ZodType,
  severities?: ReadonlyMap<string, RuleSeverity>,
): CheckResult {
  if (input === null || typeof input !== "object" || Array.isArray(input)) {
    const raw = { code: "not_an_object", path: [], params: {} };
    return { ok: false, issues: [toIssue(raw, "error", locale, pointerPrefix)] };
  }
  const recordType = childOf(input, "recordType");
  if (!isRecordType(recordType)) {
    const raw = { code: "invalid_record_type", path: ["recordType"], params: {} };
    return { ok: false, issues: [toIssue(raw, "error", locale, pointerPrefix)] };
  }
  const schema: z.ZodType = ENTITIES[recordType];
  const parser = parserFor(recordType);
  // Before the parser is compiled, zod's own generated code would cost more than it saves: parse without it.
  const parsed = parser.safeParse(
    input,
    parser === schema && recordType !== "bundle" ? WITHOUT_JIT : undefined,
  );
  if (!parsed.success) {
    const issues = fromZodIssues(schema, input, parsed.error.issues).map((raw) =>
      toIssue(
        raw,
        STRUCTURAL_CODES[raw.code as keyof typeof STRUCTURAL_CODES]?.severity ?? "error",
        locale,
        pointerPrefix,
      ),
    );
    return { ok: false, recordType, issues };
  }
  const issues = runRules(recordType, parsed.data, locale, pointerPrefix, severities);
  return { ok: !issues.some((issue) => issue.severity === "error"), recordType, value: parsed.data, issues };
}

const compiled = new Map<RecordType, z.ZodType>();
const WITHOUT_JIT = { jitless: true } as const;
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

/** Found by the rule being run; emptied for each rule, so running the rules allocates nothing on a sound record. */
const found: RuleFinding[] = [];
const NO_ISSUES: readonly Issue[] = Object.freeze([]);

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
  let issues: Issue[] | undefined;
  const rules = RULES_BY_RECORD_TYPE[recordType] as readonly Rule<unknown>[];
  for (let r = 0; r < rules.length; r++) {
    const rule = rules[r] as Rule<unknown>;
    // Emptied before each rule (and only when needed: setting the length is a runtime call).
    if (found.length > 0) found.length = 0;
    rule.check(record, found);
    if (found.length === 0) continue;
    const severity = severities?.get(rule.code) ?? rule.severity;
    if (severity === "off") continue;
    for (let f = 0; f < found.length; f++) {
      const finding = found[f] as RuleFinding;
      issues ??= [];
      issues.push(
        toIssue(
          { code: rule.code, path: finding.path, params: finding.params ?? {} },
          severity,
          locale,
          pointerPrefix,
        ),
      );
    }
  }
  if (recordType === "bundle") {
    const records = (record as { records: { recordType: RecordType }[] }).records;
    for (const [index, inner] of records.entries()) {
      const more = runRules(inner.recordType, inner, locale, `${pointerPrefix}/records/${index}`, severities);
      if (more.length > 0) {
        issues ??= [];
        issues.push(...more);
      }
    }
  }
  return issues ?? NO_ISSUES;
}
