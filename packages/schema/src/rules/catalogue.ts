import { bundleChecks, RECORD_CHECKS_IN_BUNDLE } from "../entities/bundle/bundle.checks.js";
import type { Severity } from "../issues/issue.js";
import type { RecordChecks } from "../issues/record-checks.js";
import type { RecordType } from "../model/entities.js";
import type { Rule } from "./define-rule.js";

/** What checks each record type: its schema and cross-field rules. */
export const CHECKS_BY_RECORD_TYPE = { ...RECORD_CHECKS_IN_BUNDLE, bundle: bundleChecks } as const satisfies {
  readonly [T in RecordType]: RecordChecks<T>;
};

/** The cross-field rules of each record type, each with the issue codes of its own rules. */
export type RulesByRecordType = { readonly [T in RecordType]: (typeof CHECKS_BY_RECORD_TYPE)[T]["rules"] };

/** The cross-field rules of each record type. */
export const RULES_BY_RECORD_TYPE: RulesByRecordType = Object.fromEntries(
  Object.entries(CHECKS_BY_RECORD_TYPE).map(([recordType, checks]) => [recordType, checks.rules]),
) as RulesByRecordType;

/** Every cross-field rule of the model (a code may be shared by rules of several record types). */
export const ALL_RULES: readonly Rule<never>[] = Object.values(RULES_BY_RECORD_TYPE).flat();

/** The issue code of a cross-field rule. */
export type RuleCode = (typeof RULES_BY_RECORD_TYPE)[RecordType][number]["code"];

/**
 * The core severity of every rule code, as data: a national profile starts from this table and changes
 * entries (see `CheckOptions.ruleSeverities`). A code shared by several record types has one severity.
 */
export const RULE_SEVERITIES: Readonly<Record<RuleCode, Severity>> = Object.fromEntries(
  ALL_RULES.map((rule) => [rule.code, rule.severity]),
) as Record<RuleCode, Severity>;
