import {
  type CheckResult,
  checkRecord,
  type Issue,
  isRecordType,
  type MessageLocale,
  type Profile,
  runRules,
} from "@tip/schema";
import { exceedsDepth } from "../formats/json/depth.js";
import { fastPathOf, warmFastPathOf } from "./compiled-schemas.js";
import type { KeyTally } from "./shape-check.js";

/** Limits and settings of `checkFast`. */
export interface CheckLimits {
  /** Deepest nesting accepted. */
  readonly maxDepth: number;
  /** Whether the value may share objects or hold cycles (values handed to the API rather than parsed JSON). */
  readonly shared: boolean;
  /** The value is freshly parsed JSON (no shared objects, no prototypes): the shape check reads it in place. */
  readonly parsed: boolean;
  /** A national profile: records go through `checkRecord` with it (the compiled fast path is core only). */
  readonly profile?: Profile;
  /**
   * Compile each record type's fast path on its first record rather than after `WARM_UP_RECORDS` of them: for a
   * worker thread, which only ever sees large inputs.
   */
  readonly compileAtOnce?: boolean;
}

/** A check result; `keys` counts the record's keys when the shape check passed and could count them all. */
export interface FastResult extends CheckResult {
  readonly keys?: number;
}

const tally: KeyTally = { keys: 0, complete: true };

/**
 * `checkRecord` with the compiled fast path (once warmed up, see `warmFastPathOf`), or `undefined` when the
 * record nests deeper than the limit.
 * A record that passes the compiled schema only runs its cross-field rules (its nesting is bounded by the
 * schema except inside `extensions`, which alone is measured); a record that fails is measured, then checked
 * again by `checkRecord`, which maps zod's issues with the original schema. Same issues as `checkRecord`, at
 * the cost of a second parse for invalid records only.
 */
export function checkFast(
  input: unknown,
  locale: MessageLocale,
  pointerPrefix: string,
  limits: CheckLimits,
): FastResult | undefined {
  if (limits.profile !== undefined) {
    if (exceedsDepth(input, limits.maxDepth, limits.shared)) return undefined;
    return checkRecord(input, { locale, pointerPrefix, profile: limits.profile });
  }
  if (input !== null && typeof input === "object" && !Array.isArray(input)) {
    const recordType = Object.hasOwn(input, "recordType")
      ? (input as { recordType: unknown }).recordType
      : undefined;
    const type = isRecordType(recordType) && recordType !== "bundle" ? recordType : undefined;
    const fast =
      type === undefined ? undefined : limits.compileAtOnce ? fastPathOf(type) : warmFastPathOf(type);
    if (type !== undefined && fast !== undefined) {
      const { schema, check } = fast;
      let data: unknown;
      let passed = false;
      let counted = false;
      if (limits.parsed && check !== undefined) {
        tally.keys = 0;
        tally.complete = true;
        passed = check(input, tally);
        data = input;
        counted = tally.complete;
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
        const issues = runRules(type, data, locale, pointerPrefix);
        const ok = !hasError(issues);
        if (counted) return { ok, recordType: type, value: data, issues, keys: tally.keys };
        return { ok, recordType: type, value: data, issues };
      }
    }
  }
  if (exceedsDepth(input, limits.maxDepth, limits.shared)) return undefined;
  return checkRecord(input, { locale, pointerPrefix, parsedJson: true });
}

/** Whether any issue has severity `error`. */
export function hasError(issues: readonly Issue[]): boolean {
  for (const issue of issues) if (issue.severity === "error") return true;
  return false;
}
