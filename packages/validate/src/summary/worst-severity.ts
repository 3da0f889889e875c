import { ALL_RULES, INPUT_CODES, type Severity, STRUCTURAL_CODES } from "@tip/schema";
import type { Summary } from "./summary.js";

/** The severity of every issue code the schema knows, from its own tables. */
const SEVERITY_OF: ReadonlyMap<string, Severity> = new Map<string, Severity>([
  ...Object.entries(STRUCTURAL_CODES).map(([code, { severity }]) => [code, severity] as const),
  ...Object.entries(INPUT_CODES).map(([code, { severity }]) => [code, severity] as const),
  ...ALL_RULES.map((rule) => [rule.code, rule.severity] as const),
]);

/**
 * The worst severity of a summary, or undefined when nothing was found. `error` when anything is wrong with
 * the data: an invalid record, a line or row that could not be read as one, or an error about the input as a
 * whole (an empty file, a duplicate id...), also past `maxIssues` (the counts by code keep every issue).
 * Otherwise `warning` or `info` when issues of that severity were found: the data is valid.
 */
export function worstSeverity(summary: Summary): Severity | undefined {
  const severities = new Set<Severity>(summary.issues.map((issue) => issue.severity));
  for (const code of Object.keys(summary.byCode)) {
    const severity = SEVERITY_OF.get(code);
    if (severity !== undefined) severities.add(severity);
  }
  if (summary.invalid > 0 || summary.skipped > 0 || summary.errors > 0 || severities.has("error"))
    return "error";
  if (severities.has("warning")) return "warning";
  return severities.has("info") ? "info" : undefined;
}
