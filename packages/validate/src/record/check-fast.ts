import {
  type CheckResult,
  checkRecord,
  type Issue,
  isRecordType,
  type LocaleBundle,
  runRules,
} from "@tip/schema";
import { fastPathOf } from "./compiled-schemas.js";
import { exceedsDepth } from "./depth.js";
import { type KeyTally, UNKNOWN_KEY } from "./shape-normalizer.js";

/** Limits and settings of `checkFast`. */
export interface CheckLimits {
  /** Deepest nesting accepted. */
  readonly maxDepth: number;
  /** Whether the value may share objects or hold cycles (values handed to the API rather than parsed JSON). */
  readonly shared: boolean;
  /** Normalize the shape of parsed JSON before validating it (for streams of records of many shapes). */
  readonly normalize: boolean;
}

/** A check result; `keys` counts the record's keys when the fast path passed and could count them all. */
export interface FastResult extends CheckResult {
  readonly keys?: number;
}

const tally: KeyTally = { keys: 0, complete: true };

/**
 * `checkRecord` with the compiled fast path, or `undefined` when the record nests deeper than the limit.
 * A record that passes the compiled schema only runs its cross-field rules (its nesting is bounded by the
 * schema except inside `extensions`, which alone is measured); a record that fails is measured, then checked
 * again by `checkRecord`, which maps zod's issues with the original schema. Same issues as `checkRecord`, at
 * the cost of a second parse for invalid records only.
 */
export function checkFast(
  input: unknown,
  locale: LocaleBundle,
  pointerPrefix: string,
  limits: CheckLimits,
): FastResult | undefined {
  if (input !== null && typeof input === "object" && !Array.isArray(input)) {
    const recordType = Object.hasOwn(input, "recordType")
      ? (input as { recordType: unknown }).recordType
      : undefined;
    if (isRecordType(recordType) && recordType !== "bundle") {
      const { schema, normalize, assert } = fastPathOf(recordType);
      let data: unknown;
      let passed = false;
      if (limits.normalize && normalize !== undefined) {
        tally.keys = 0;
        tally.complete = true;
        const normalized = normalize(input, tally);
        if (normalized !== UNKNOWN_KEY) {
          if (assert !== undefined) {
            passed = assert(normalized);
            data = normalized;
          } else {
            const parsed = schema.safeParse(normalized);
            passed = parsed.success;
            data = parsed.data;
          }
        }
      } else {
        const parsed = schema.safeParse(input);
        passed = parsed.success;
        data = parsed.data;
      }
      if (passed) {
        const extensions = (data as { extensions?: unknown }).extensions;
        if (extensions !== undefined && exceedsDepth(extensions, limits.maxDepth - 1, limits.shared)) {
          return undefined;
        }
        const issues = runRules(recordType, data, locale, pointerPrefix);
        const ok = !hasError(issues);
        if (data !== input && tally.complete && limits.normalize) {
          return { ok, recordType, value: data, issues, keys: tally.keys };
        }
        return { ok, recordType, value: data, issues };
      }
    }
  }
  if (exceedsDepth(input, limits.maxDepth, limits.shared)) return undefined;
  return checkRecord(input, { locale, pointerPrefix });
}

/** Whether any issue has severity `error`. */
export function hasError(issues: readonly Issue[]): boolean {
  for (const issue of issues) if (issue.severity === "error") return true;
  return false;
}
