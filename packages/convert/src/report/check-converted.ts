import { checkRecord, en } from "@tip/schema";
import type { ReportBuilder } from "./report-builder.js";

/**
 * Validates a converted record and counts its row as converted (no error-severity issue) or invalid.
 * Returns whether the record is valid. Issue messages never quote values (see @tip/schema).
 */
export function checkConverted(record: unknown, report: ReportBuilder, row?: number): boolean {
  const result = checkRecord(record, { locale: en });
  if (result.ok) report.convertedRow(result.issues, row);
  else report.invalidRow(result.issues, row);
  return result.ok;
}
