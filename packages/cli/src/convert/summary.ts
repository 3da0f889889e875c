import type { ConvertOutcome, Format } from "@tip/convert";
import type { CliMessages } from "../messages/cli-messages.js";
import { formatCli } from "../messages/messages.js";

/**
 * The lines of counts written on stderr after a conversion: rows read, then where every record went
 * (read = written + skipped) with the reasons records were skipped, and how many field notes the report holds.
 * Counts and codes only, never a value.
 */
export function summaryLines(
  outcome: ConvertOutcome,
  from: Format,
  to: Format,
  messages: CliMessages,
  extra: {
    readonly otherFiles: readonly string[];
    readonly suggestSplit: boolean;
    /** Whether the report was written (`--report`), where the notes counted here can be read. */
    readonly reportWritten?: boolean;
  },
): string[] {
  const { read, writes, records } = outcome;
  const lossy = [read, ...writes.map((write) => write.report)]
    .flatMap((report) => report.fields)
    .filter((field) => field.outcome === "lossy" && field.rows > 0);
  const parts = [
    `${read.rows.converted} converted`,
    `${read.rows.invalid} invalid`,
    `${read.rows.skipped} skipped`,
    `${read.invalidValues.length + (read.omitted?.invalidValues ?? 0)} values not read`,
    `${lossy.length} lossy fields`,
  ];
  const texts = messages.output;
  const lang = messages.locale;
  const lines = [
    `tip convert ${from} -> ${to}: ${read.rows.total} rows: ${parts.join(", ")}`,
    formatCli(
      texts.records,
      { read: records.read, written: records.written, skipped: records.skipped },
      lang,
    ),
  ];
  for (const { reason, count } of records.skippedBy)
    lines.push(`  ${formatCli(texts.skippedReason, { count, reason }, lang)}`);
  for (const migration of read.migrations ?? []) {
    const { records, from, to } = migration;
    lines.push(formatCli(texts.migrated, { records, from, to }, lang));
    for (const { kind, count } of migration.changes)
      lines.push(`  ${formatCli(texts.migrationChange, { count, kind }, lang)}`);
  }
  if (outcome.folded !== undefined && outcome.folded > 0)
    lines.push(formatCli(messages.profile.folded, { count: outcome.folded, format: to }, lang));
  if (extra.otherFiles.length > 0) {
    lines.push(
      formatCli(
        texts.otherTypeFiles,
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
  if (otherTypes && extra.suggestSplit) lines.push(texts.otherTypesHint);
  // Notes say how a field's values were read or written (a source's quirks read through, values kept in
  // extensions, merged or dropped); only the report holds them, so the summary counts them and points there.
  const notes = [read, ...writes.map((write) => write.report)]
    .flatMap((report) => report.fields)
    .filter((field) => field.note !== undefined).length;
  if (notes > 0) {
    const template = extra.reportWritten === true ? texts.notesInReport : texts.notesHint;
    lines.push(formatCli(template, { count: notes, option: "--report" }, lang));
  }
  return lines;
}

/** 0 when every row was read cleanly and every record written; 1 when any was invalid, unread or skipped. */
export function convertExitCode(outcome: ConvertOutcome): 0 | 1 {
  const { rows, invalidValues, omitted } = outcome.read;
  const clean =
    rows.invalid === 0 &&
    rows.skipped === 0 &&
    invalidValues.length + (omitted?.invalidValues ?? 0) === 0 &&
    outcome.records.skipped === 0;
  return clean ? 0 : 1;
}
