import { checkRecord, en } from "@tip/schema";
import { modelIssue } from "../model/model-pointer.js";
import type { ReportBuilder } from "./report-builder.js";

/**
 * Validates a converted record and counts its row as converted (no error-severity issue) or invalid.
 * Returns whether the record is valid. Issue messages never quote values (see @tip/schema), and issues name
 * no key outside the model: unknown keys and extension keys in their pointers are replaced (`modelIssue`).
 */
export function checkConverted(record: unknown, report: ReportBuilder, row?: number): boolean {
  const result = checkRecord(record, { locale: en });
  const recordType = (record as { recordType?: unknown } | null)?.recordType;
  const issues = result.issues.map((issue) => modelIssue(issue, recordType));
  if (result.ok) report.convertedRow(issues, row);
  else report.invalidRow(issues, row);
  return result.ok;
}
