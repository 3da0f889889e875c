import { checkRecord } from "@tip/schema";
import { enMessages } from "@tip/schema/locales/en/messages";
import { modelIssue } from "../model/model-pointer.js";
import type { ReportBuilder } from "./report-builder.js";

/**
 * Validates a converted record (under the report's profile, if any) and counts its row as converted (no
 * error-severity issue) or invalid; with `incomplete`, a value of the row was left out of the record (and
 * reported), so the row is invalid however the record validates. Returns whether the row was converted. Issue
 * messages never quote values (see @tip/schema), and issues name no key outside the model: unknown keys and
 * extension keys in their pointers are replaced (`modelIssue`).
 * `plainData`: the converter built the record itself from strings, numbers, booleans, arrays and plain objects,
 * at the model's depth, so it is checked in place rather than copied first (`checkRecord`'s `parsedJson`).
 */
export function checkConverted(
  record: unknown,
  report: ReportBuilder,
  row?: number,
  options: { readonly plainData?: boolean; readonly incomplete?: boolean } = {},
): boolean {
  const profile = report.profile;
  const result = checkRecord(record, {
    locale: enMessages,
    parsedJson: options.plainData === true,
    ...(profile === undefined ? {} : { profile }),
  });
  const recordType = (record as { recordType?: unknown } | null)?.recordType;
  const issues = result.issues.map((issue) => modelIssue(issue, recordType));
  const ok = result.ok && options.incomplete !== true;
  if (ok) report.convertedRow(issues, row);
  else report.invalidRow(issues, row);
  return ok;
}
