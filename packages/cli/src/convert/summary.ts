import type { ConvertSummary } from "@tip/convert";
import type { CliMessages } from "../messages/cli-messages.js";
import type { ConvertCliMessages } from "../messages/convert-messages.js";
import { formatCli } from "../messages/messages.js";

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
  messages: CliMessages,
  texts: ConvertCliMessages,
  extra: SummaryExtras,
): string[] {
  const { rows, records } = summary;
  const output = messages.output;
  const lang = messages.locale;
  const lines = [
    formatCli(
      texts.headline,
      {
        from: summary.from,
        to: summary.to,
        rows: rows.total,
        converted: rows.converted,
        invalid: rows.invalid,
        skipped: rows.skipped,
        unread: summary.valuesNotRead,
        lossy: summary.lossyFields,
      },
      lang,
    ),
    formatCli(
      output.records,
      { read: records.read, written: records.written, skipped: records.skipped },
      lang,
    ),
  ];
  for (const { reason, count } of records.skippedBy)
    lines.push(`  ${formatCli(output.skippedReason, { count, reason }, lang)}`);
  for (const migration of summary.migrations) {
    const { records, from, to } = migration;
    lines.push(formatCli(output.migrated, { records, from, to }, lang));
    for (const { kind, count } of migration.changes)
      lines.push(`  ${formatCli(output.migrationChange, { count, kind }, lang)}`);
  }
  if (summary.folded !== undefined && summary.folded > 0)
    lines.push(formatCli(messages.profile.folded, { count: summary.folded, format: summary.to }, lang));
  if (extra.otherFiles.length > 0) {
    lines.push(
      formatCli(
        output.otherTypeFiles,
        {
          count: extra.otherFiles.length,
          option: "-o",
          names: extra.otherFiles.join(", "),
        },
        lang,
      ),
    );
  }
  const otherTypes = records.skippedBy.some((entry) => entry.reason === "other_record_type");
  if (otherTypes && extra.suggestSplit) lines.push(output.otherTypesHint);
  // Notes say how a field's values were read or written (a source's quirks read through, values kept in
  // extensions, merged or dropped); only the report holds them, so the summary counts them and points there.
  if (summary.fieldNotes > 0) {
    const template = extra.reportWritten === true ? output.notesInReport : output.notesHint;
    lines.push(formatCli(template, { count: summary.fieldNotes, option: "--report" }, lang));
  }
  return lines;
}
