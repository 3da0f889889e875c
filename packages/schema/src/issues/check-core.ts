// The checks of one record, for the record types a caller accepts: `checkRecord` of `@tip/schema` accepts every
// type (and profiles), `checkRecord` of `@tip/schema/check` those a page names, so its bundle carries no other.
import type * as z from "zod";
import { readData } from "../data/read-data.js";
import type { MessageLocale } from "../i18n/message-locale.js";
import type { RecordType } from "../model/entities.js";
import type { RuleSeverity } from "../profiles/compiled-profile.js";
import type { Profile } from "../profiles/profile.js";
import type { Rule, RuleFinding } from "../rules/define-rule.js";
import { childOf } from "./field-at.js";
import { toIssue } from "./format-issue.js";
import { fromZodIssues } from "./from-zod.js";
import type { Issue } from "./issue.js";
import type { RecordChecks } from "./record-checks.js";
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

/** What a check accepts and how it parses; see `checkRecordIn`. */
export interface CheckSetup {
  /** The checks of each record type accepted, by `recordType`. */
  readonly checks: ReadonlyMap<string, RecordChecks>;
  /** The parser of an accepted record type: its schema, or a faster parser giving the same results. */
  readonly parserFor: (recordType: RecordType) => z.ZodType;
  /** Checks with a profile (`checkWithProfile`); a setup without it throws when given a profile. */
  readonly withProfile?: ProfileCheck;
}

/** Checks a record read as data with a national profile (see `checkWithProfile`). */
export type ProfileCheck = (
  input: unknown,
  locale: MessageLocale,
  pointerPrefix: string,
  profile: Profile,
  setup: CheckSetup,
) => CheckResult;

/**
 * Checks one record in a given language, for the record types of `setup`: reads it as data, then checks its
 * structure and, when sound, its cross-field rules. A record of a type the setup does not accept gets
 * `invalid_record_type`. Never throws on data.
 */
export function checkRecordIn(
  data: unknown,
  locale: MessageLocale,
  options: CheckOptions,
  setup: CheckSetup,
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
    // A programming error, not a problem of the data: a profile silently left out would pass records it fails.
    if (setup.withProfile === undefined) throw new TypeError("This checkRecord does not apply profiles");
    return setup.withProfile(input, locale, pointerPrefix, options.profile, setup);
  }
  return checkCore(input, locale, pointerPrefix, setup);
}

/** Checks a record read as data against its schema and rules; `severities` (a profile's) change rules. */
export function checkCore(
  input: unknown,
  locale: MessageLocale,
  pointerPrefix: string,
  setup: CheckSetup,
  severities?: ReadonlyMap<string, RuleSeverity>,
): CheckResult {
  if (input === null || typeof input !== "object" || Array.isArray(input)) {
    const raw = { code: "not_an_object", path: [], params: {} };
    return { ok: false, issues: [toIssue(raw, "error", locale, pointerPrefix)] };
  }
  const recordType = childOf(input, "recordType");
  const checks = typeof recordType === "string" ? setup.checks.get(recordType) : undefined;
  if (checks === undefined) {
    const raw = { code: "invalid_record_type", path: ["recordType"], params: {} };
    return { ok: false, issues: [toIssue(raw, "error", locale, pointerPrefix)] };
  }
  const schema = checks.schema;
  const parser = setup.parserFor(checks.recordType);
  // Before the parser is compiled, zod's own generated code would cost more than it saves: parse without it.
  const parsed = parser.safeParse(
    input,
    parser === schema && checks.recordType !== "bundle" ? WITHOUT_JIT : undefined,
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
    return { ok: false, recordType: checks.recordType, issues };
  }
  const issues = runChecks(checks, parsed.data, locale, pointerPrefix, severities);
  return {
    ok: !issues.some((issue) => issue.severity === "error"),
    recordType: checks.recordType,
    value: parsed.data,
    issues,
  };
}

const WITHOUT_JIT = { jitless: true } as const;

/** Found by the rule being run; emptied for each rule, so running the rules allocates nothing on a sound record. */
const found: RuleFinding[] = [];
const NO_ISSUES: readonly Issue[] = Object.freeze([]);

/**
 * Runs the cross-field rules of a record type on a structurally valid record of the type (and, in a bundle,
 * those of each record it holds). `severities` (a profile's) changes the severity of rules by code, or turns
 * them `off`.
 */
export function runChecks(
  checks: RecordChecks,
  record: unknown,
  locale: MessageLocale,
  pointerPrefix = "",
  severities?: ReadonlyMap<string, RuleSeverity>,
): readonly Issue[] {
  let issues: Issue[] | undefined;
  const rules = checks.rules as readonly Rule<unknown>[];
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
  if (checks.records !== undefined) {
    const records = (record as { records: { recordType: Exclude<RecordType, "bundle"> }[] }).records;
    for (const [index, inner] of records.entries()) {
      const innerChecks = checks.records[inner.recordType] as RecordChecks;
      const more = runChecks(innerChecks, inner, locale, `${pointerPrefix}/records/${index}`, severities);
      if (more.length > 0) {
        issues ??= [];
        issues.push(...more);
      }
    }
  }
  return issues ?? NO_ISSUES;
}
