import type { Severity } from "@tip/schema";
import { type FileTotals, formatTextReport, loadMessages, type Summary, toJsonReport } from "@tip/validate";
import { wantsColor } from "../color.js";
import type { CliIo } from "../io.js";
import { messagesFor } from "../messages/messages.js";
import { targetPath, writeWholeOutput } from "../output/open-output.js";
import { SEVERITIES, type ValidateOptions } from "./options.js";

/**
 * Writes the report of a run on stdout or to the file of `-o`: `@tip/validate`'s text report (coloured only
 * on a terminal without `NO_COLOR`) or exactly one JSON document, whatever the number of inputs. Both list
 * issues by code, pointer and location only: no value of a record is ever part of them. `--severity` leaves
 * out the issues below it from the list; the counts stay whole.
 */
export async function writeReport(
  merged: Summary,
  files: readonly FileTotals[],
  options: ValidateOptions,
  io: CliIo,
): Promise<void> {
  const shown = listedAtLeast(merged, options.severity);
  const target = { option: "-o", ...(options.output !== undefined && { path: options.output }) };
  const totals = files.map(({ file, total, valid, invalid, skipped }) => ({
    file,
    total,
    valid,
    invalid,
    skipped,
  }));
  if (options.format === "json") {
    await writeWholeOutput(
      target,
      `${JSON.stringify({ ...toJsonReport(shown), files: totals }, null, 2)}\n`,
      io,
    );
    return;
  }
  const color = targetPath(target, io) === undefined && wantsColor(io.stdout, io.env);
  let text = formatTextReport(shown, { locale: await loadMessages(options.lang), color });
  if (files.length > 1) {
    const messages = await messagesFor(options.lang);
    text = `${messages.format(messages.validate.filesChecked, { count: files.length })}\n${text}`;
  }
  await writeWholeOutput(target, text.endsWith("\n") ? text : `${text}\n`, io);
}

/** The summary with only the issues of `least` severity or worse listed. */
function listedAtLeast(summary: Summary, least: Severity): Summary {
  const rank = SEVERITIES.indexOf(least);
  if (rank === SEVERITIES.length - 1) return summary;
  return { ...summary, issues: summary.issues.filter((issue) => SEVERITIES.indexOf(issue.severity) <= rank) };
}
