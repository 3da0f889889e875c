import { bundleOf, type Lang } from "../shared/lang.js";
import type { Summary } from "../summary/summary.js";
import { formatTextReportIn, type TextReportStyle } from "./text-report.js";

/** Options of `formatTextReport`. */
export interface TextReportOptions extends TextReportStyle {
  /** Language of headings and messages; default `en`. Messages are rendered again in this language. */
  readonly lang?: Lang;
}

/**
 * A human-readable report of a summary: counts, counts per record type, then the issues grouped by code (errors
 * first) with up to `maxLocations` locations each, all in one language. Like the summary, it never contains the
 * value of a personal field: messages are rebuilt from each issue's code and parameters.
 */
export function formatTextReport(summary: Summary, options: TextReportOptions = {}): string {
  return formatTextReportIn(summary, bundleOf(options.lang ?? "en"), options);
}
