import { formatMessage, type Issue, type MessageLocale, type Profile, type RecordType } from "@tip/schema";
import { duplicateKeyIssue } from "../formats/json/duplicate-check.js";
import { countParsedKeys } from "../formats/json/key-count.js";
import type { RawText } from "../formats/json/raw-text.js";
import { positionsInText } from "../formats/json/text-positions.js";
import { inputIssue } from "../shared/input-issue.js";
import { type CheckLimits, checkFast } from "./check-fast.js";

/** Settings of `RecordAnalyzer`, the same for every record of an input. */
export interface AnalyzerSettings {
  readonly locale: MessageLocale;
  readonly maxDepth: number;
  /** Whether records may share objects or hold cycles (values from the API rather than parsed JSON). */
  readonly shared: boolean;
  /** Look for keys written twice in the text of a record. */
  readonly duplicateKeys: boolean;
  /** A national profile that applies to every record. */
  readonly profile?: Profile;
  /** Compile the checks of a record type on its first record (see `CheckLimits`). */
  readonly compileAtOnce?: boolean;
}

/** What checking one record alone found, before the checks across records and the counting. */
export interface RecordOutcome {
  /** The record's type, when it was checked against its schema. */
  readonly recordType: RecordType | undefined;
  /** No issue of severity `error` so far. */
  readonly ok: boolean;
  /** The record could not be checked (nested too deep): it counts as skipped. */
  readonly skipped: boolean;
  /** Issues in the order they are reported. */
  readonly issues: readonly Issue[];
}

/**
 * Checks records one at a time with no state shared between them: structure, cross-field rules, nesting and
 * duplicate keys (given the record's text). Pure, so it can run in a worker thread while the main thread
 * keeps the counts and the checks across records.
 */
export class RecordAnalyzer {
  readonly #settings: AnalyzerSettings;
  readonly #limits: CheckLimits;

  constructor(settings: AnalyzerSettings) {
    this.#settings = settings;
    this.#limits = {
      maxDepth: settings.maxDepth,
      shared: settings.shared,
      parsed: !settings.shared,
      compileAtOnce: settings.compileAtOnce === true,
      ...(settings.profile === undefined ? {} : { profile: settings.profile }),
    };
  }

  /**
   * Checks one record. `prefix` is its JSON Pointer in the input; `contained` says it sits in a bundle or an
   * array, where it cannot be a bundle itself; `found` is an issue met while reading it; `raw` its text.
   */
  analyze(value: unknown, prefix: string, contained: boolean, found?: Issue, raw?: RawText): RecordOutcome {
    const { locale, maxDepth } = this.#settings;
    if (contained && isBundle(value)) {
      const message = formatMessage(locale, "invalid_record_type", {});
      const issue: Issue = {
        code: "invalid_record_type",
        path: `${prefix}/recordType`,
        severity: "error",
        message,
        params: {},
      };
      return { recordType: undefined, ok: false, skipped: false, issues: withFound(found, [issue]) };
    }
    const result = checkFast(value, locale, prefix, this.#limits);
    let ok = found === undefined || found.severity !== "error";
    const lead: Issue[] = found === undefined ? [] : [found];
    if (this.#settings.duplicateKeys && raw !== undefined && value !== null && typeof value === "object") {
      // The keys the parse kept: counted by the shape check when it ran, else here (once `checkFast` gave a
      // result, the record's nesting is bounded), so that the byte scan runs only when the counts differ.
      const keys = result === undefined ? undefined : (result.keys ?? countParsedKeys(value));
      const duplicate = duplicateKeyIssue(raw, keys, prefix, locale);
      if (duplicate !== undefined) {
        lead.push(duplicate);
        ok = false;
      }
    }
    if (result === undefined) {
      const deep = inputIssue("nesting_too_deep", prefix, { maxDepth }, locale);
      return { recordType: undefined, ok: false, skipped: true, issues: [...lead, deep] };
    }
    // Keys that cannot be shown are numbered in the order the parsed record lists them; recount in the text.
    const counted =
      raw !== undefined && result.issues.some((issue) => issue.params.position !== undefined)
        ? positionsInText(result.issues, value, raw.text, prefix, locale)
        : result.issues;
    const issues = lead.length === 0 ? counted : [...lead, ...counted];
    return { recordType: result.recordType, ok: ok && result.ok, skipped: false, issues };
  }
}

function withFound(found: Issue | undefined, issues: Issue[]): Issue[] {
  return found === undefined ? issues : [found, ...issues];
}

function isBundle(value: unknown): boolean {
  return (
    value !== null &&
    typeof value === "object" &&
    Object.hasOwn(value, "recordType") &&
    (value as { recordType: unknown }).recordType === "bundle"
  );
}
