import type { Issue, Profile } from "@tip/schema";
import { bundleOf, type Lang } from "../lang/lang.js";
import { DEFAULT_MAX_DEPTH } from "../limits.js";
import { inputIssue } from "../record/input-issue.js";
import { RecordChecker } from "../record/record-checker.js";
import { CrossChecks } from "../refs/cross-checks.js";
import type { Located, Summary } from "../summary/summary.js";
import { SummaryBuilder } from "../summary/summary-builder.js";

/** Options of `validateBundle`. */
export interface BundleOptions {
  /** Language of the messages; default `en`. */
  readonly lang?: Lang;
  /** Issues kept in the summary; default all. */
  readonly maxIssues?: number;
  /** Called with each kept issue as it is found. */
  readonly onIssue?: (issue: Located) => void;
  /** Deepest nesting of objects and arrays in a record; default 64. */
  readonly maxDepth?: number;
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
 * on data.
 */
export function validateBundle(bundle: unknown, options: BundleOptions = {}): BundleResult {
  const locale = bundleOf(options.lang);
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
    shared: true,
    duplicateKeys: false,
    summary,
    cross,
    ...(options.profile === undefined ? {} : { profile: options.profile }),
  });
  const records =
    bundle !== null && typeof bundle === "object" && Object.hasOwn(bundle, "records")
      ? (bundle as { records: unknown }).records
      : undefined;
  const header = Array.isArray(records) ? { ...(bundle as object), records: [] } : bundle;
  checker.checkHeader(header, undefined);
  if (Array.isArray(records)) {
    records.forEach((record: unknown, recordIndex) => {
      checker.check(record, { recordIndex, prefix: `/records/${recordIndex}`, contained: true });
    });
    cross.finish(
      (issue: Issue, place) =>
        place ? checker.report(issue, { ...place, prefix: "" }) : checker.reportInput(issue),
      (recordType) => summary.invalidate(recordType),
      header,
    );
    if (records.length === 0) checker.reportInput(inputIssue("empty_input", "/records", {}, locale));
  }
  const result = summary.summary();
  return {
    ok: summary.errors === 0,
    issues: result.issues,
    summary: result,
  };
}
