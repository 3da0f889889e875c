import type { ConvertSummary } from "@tip/convert";
import type { ConvertCliMessages } from "../messages/convert-messages.js";
import type { CliCatalogue } from "../messages/messages.js";

/** What the summary needs beyond the conversion's own: files written beside `-o`, and whether to hint at it. */
export interface SummaryExtras {
  readonly otherFiles: readonly string[];
  readonly suggestSplit: boolean;
  /** Whether the report was written (`--report`), where the notes counted here can be read. */
  readonly reportWritten?: boolean;
}

/**
 * The lines of counts written on stderr after a conversion, in the run's language: rows read, then where every
 * record went (read = written + skipped) with the reasons records were skipped, and how many field notes the
 * report holds. Counts and codes only, never a value.
 */
export function summaryLines(
  summary: ConvertSummary,
  messages: CliCatalogue,
  texts: ConvertCliMessages,
  extra: SummaryExtras,
): string[] {
  const { rows, records } = summary;
  const output = messages.output;
  const lines = [
    messages.format(texts.headline, {
      from: summary.from,
      to: summary.to,
      rows: rows.total,
      converted: rows.converted,
      invalid: rows.invalid,
      skipped: rows.skipped,
      unread: summary.valuesNotRead,
      lossy: summary.lossyFields,
    }),
    messages.format(output.records, {
      read: records.read,
      written: records.written,
      skipped: records.skipped,
    }),
  ];
  for (const { reason, count } of records.skippedBy)
    lines.push(`  ${messages.format(output.skippedReason, { count, reason })}`);
  for (const migration of summary.migrations) {
    const { records, from, to } = migration;
    lines.push(messages.format(output.migrated, { records, from, to }));
    for (const { kind, count } of migration.changes)
      lines.push(`  ${messages.format(output.migrationChange, { count, kind })}`);
  }
  if (summary.folded !== undefined && summary.folded > 0)
    lines.push(messages.format(messages.profile.folded, { count: summary.folded, format: summary.to }));
  if (extra.otherFiles.length > 0) {
    lines.push(
      messages.format(output.otherTypeFiles, {
        count: extra.otherFiles.length,
        option: "-o",
        names: extra.otherFiles.join(", "),
      }),
    );
  }
  const otherTypes = records.skippedBy.some((entry) => entry.reason === "other_record_type");
  if (otherTypes && extra.suggestSplit) lines.push(output.otherTypesHint);
  // Notes say how a field's values were read or written (a source's quirks read through, values kept in
  // extensions, merged or dropped); only the report holds them, so the summary counts them and points there.
  if (summary.fieldNotes > 0) {
    const template = extra.reportWritten === true ? output.notesInReport : output.notesHint;
    lines.push(messages.format(template, { count: summary.fieldNotes, option: "--report" }));
  }
  return lines;
}
