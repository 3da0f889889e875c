import {
  type DataRead,
  DEFAULT_MAX_VALUES,
  type Issue,
  type MessageLocale,
  type Profile,
  readData,
  toPointer,
} from "@tip/schema";
import { enMessages } from "@tip/schema/locales/en/messages";
import { CrossChecks } from "../refs/cross-checks.js";
import { inputIssue } from "../shared/input-issue.js";
import { DEFAULT_MAX_DEPTH } from "../shared/limits.js";
import type { Located, Summary } from "../summary/summary.js";
import { SummaryBuilder } from "../summary/summary-builder.js";
import { RecordChecker } from "./record-checker.js";

/** Options of `validateBundle`. */
export interface BundleOptions {
  /**
   * The texts of the messages' language: `await loadMessages("es")`, or `esMessages` of
   * `@tip/schema/locales/es/messages`; default English. Only the languages a program uses are loaded.
   */
  readonly locale?: MessageLocale;
  /** Issues kept in the summary; default all. */
  readonly maxIssues?: number;
  /** Called with each kept issue as it is found. */
  readonly onIssue?: (issue: Located) => void;
  /** Deepest nesting of objects and arrays in a record; default 64. */
  readonly maxDepth?: number;
  /** Values a record (and the header) may hold in all, and records the bundle may hold; default 1,000,000. */
  readonly maxValues?: number;
  /**
   * A national profile from `loadProfile` (@tip/schema): its rule severities, required fields, code lists and
   * extension fields apply. Without one, records are checked against core.
   */
  readonly profile?: Profile;
}

/** The outcome of validating a bundle: `ok` when no issue is an error. */
export interface BundleResult {
  readonly ok: boolean;
  /** Every issue kept, with a JSON Pointer into the bundle (`/records/3/sex`) and the record's position. */
  readonly issues: Located[];
  readonly summary: Summary;
}

/**
 * Validates an exchange bundle: its header, every record (counted in the summary like the lines of a file),
 * and the checks across records: duplicate ids, references to records that are not in the bundle (for the
 * record types the bundle holds), referral circles, and a header whose sender or recipients contradict the
 * agencies it names. Records are checked one by one, so one bad record does not hide the others. Never throws
 * on data: the header and each record are first copied into plain data (see `readData` in `@tip/schema`); one
 * that cannot be (a getter or proxy that throws, a cycle, a function, too many values, nesting too deep) is
 * one issue (`unreadable_value`, `value_too_large`, `nesting_too_deep`) and the record counts as skipped.
 */
export function validateBundle(bundle: unknown, options: BundleOptions = {}): BundleResult {
  const locale = options.locale ?? enMessages;
  const maxDepth = options.maxDepth ?? DEFAULT_MAX_DEPTH;
  const summary = new SummaryBuilder(options.maxIssues ?? Number.POSITIVE_INFINITY, options.onIssue);
  const cross = new CrossChecks({
    locale,
    prefixOf: (index) => `/records/${index}`,
    lines: false,
    chains: true,
    agencies: true,
  });
  const checker = new RecordChecker({
    locale,
    file: undefined,
    maxDepth,
    // Records are plain copies (below): nothing shared, no cycles.
    shared: false,
    duplicateKeys: false,
    summary,
    cross,
    ...(options.profile === undefined ? {} : { profile: options.profile }),
  });
  const limits = { maxDepth, maxValues: options.maxValues ?? DEFAULT_MAX_VALUES };
  const problem = (read: Extract<DataRead, { ok: false }>, prefix: string) =>
    inputIssue(read.code, prefix + toPointer(read.path), read.params, locale);
  const parts = partsOf(bundle, limits.maxValues);
  if (typeof parts === "string") {
    const tooLarge = parts === "value_too_large";
    const params: Record<string, number> = tooLarge ? { maxValues: limits.maxValues } : {};
    checker.reportInput(inputIssue(parts, tooLarge ? "/records" : "", params, locale));
  } else {
    const header = readData(parts.header, limits);
    if (header.ok) checker.checkHeader(header.value, undefined);
    else checker.reportInput(problem(header, ""));
    const { records } = parts;
    if (records !== undefined) {
      for (let recordIndex = 0; recordIndex < records.length; recordIndex++) {
        const prefix = `/records/${recordIndex}`;
        const where = { recordIndex, prefix, contained: true };
        const read = readData(readItem(records, recordIndex), limits);
        if (read.ok) checker.check(read.value, where);
        else checker.skip(problem(read, prefix), where);
      }
      cross.finish(
        (issue: Issue, place) =>
          place ? checker.report(issue, { ...place, prefix: "" }) : checker.reportInput(issue),
        (recordType) => summary.invalidate(recordType),
        header.ok ? header.value : undefined,
      );
      if (records.length === 0) checker.reportInput(inputIssue("empty_input", "/records", {}, locale));
    }
  }
  const result = summary.summary();
  return {
    ok: summary.errors === 0,
    issues: result.issues,
    summary: result,
  };
}

/** Stands for an item whose getter or proxy trap threw: `readData` reports it as unreadable. */
const UNREADABLE = Symbol("unreadable");

/** An array item, or `UNREADABLE` when reading it throws. */
function readItem(records: readonly unknown[], index: number): unknown {
  try {
    return records[index];
  } catch {
    return UNREADABLE;
  }
}

/**
 * The bundle's records, when they are an array, and its header with an empty `records`; read without trusting
 * the value (a proxy or a getter may throw). A problem code when the bundle cannot be read or holds too many.
 */
function partsOf(
  bundle: unknown,
  maxRecords: number,
): { header: unknown; records?: readonly unknown[] } | "unreadable_value" | "value_too_large" {
  try {
    if (bundle === null || typeof bundle !== "object" || Array.isArray(bundle)) return { header: bundle };
    if (!Object.hasOwn(bundle, "records")) return { header: bundle };
    const records = (bundle as { records: unknown }).records;
    if (!Array.isArray(records)) return { header: bundle };
    const length = records.length;
    if (length > maxRecords) return "value_too_large";
    const source = bundle as Record<string, unknown>;
    // `fromEntries` defines own properties, so a `__proto__` key stays a key.
    const header = Object.fromEntries(
      Object.keys(source)
        .filter((key) => key !== "records")
        .map((key) => [key, source[key]]),
    );
    header.records = [];
    return { header, records };
  } catch {
    return "unreadable_value";
  }
}
