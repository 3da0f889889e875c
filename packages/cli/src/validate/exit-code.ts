import { ALL_RULES, INPUT_CODES, type Severity, STRUCTURAL_CODES } from "@tip/schema";
import type { Summary } from "@tip/validate";
import { EXIT_CODES, type ExitCode } from "../exit-codes.js";

/** The severity of every issue code the schema knows, from its own tables. */
const SEVERITY_OF: ReadonlyMap<string, Severity> = new Map<string, Severity>([
  ...Object.entries(STRUCTURAL_CODES).map(([code, { severity }]) => [code, severity] as const),
  ...Object.entries(INPUT_CODES).map(([code, { severity }]) => [code, severity] as const),
  ...ALL_RULES.map((rule) => [rule.code, rule.severity] as const),
]);

/**
 * 1 when anything is wrong with the data: an invalid record, a line or row that could not be read as one, or
 * an error about the input as a whole (an empty file, a duplicate id...), even past `--max-issues`; 0
 * otherwise. Warnings and infos alone keep 0.
 */
export function exitCodeOf(summary: Summary): ExitCode {
  const failed =
    summary.invalid > 0 ||
    summary.skipped > 0 ||
    summary.errors > 0 ||
    summary.issues.some((issue) => issue.severity === "error") ||
    Object.keys(summary.byCode).some((code) => SEVERITY_OF.get(code) === "error");
  return failed ? EXIT_CODES.invalid : EXIT_CODES.ok;
}
