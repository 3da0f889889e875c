import { formatTextReport, type Summary, toJsonReport } from "@tip/validate";
import { wantsColor } from "../color.js";
import type { CliIo } from "../io.js";
import { CLI_MESSAGES, formatCli } from "../messages/messages.js";
import type { ValidateOptions } from "./options.js";

/** The counts of one input, listed in the JSON report when several were checked. */
export interface FileTotals {
  readonly file: string;
  readonly total: number;
  readonly valid: number;
  readonly invalid: number;
  readonly skipped: number;
}

/**
 * Writes the report of a run on stdout: `@tip/validate`'s text report (coloured only on a terminal without
 * `NO_COLOR`) or exactly one JSON document, whatever the number of inputs. Both list issues by code, pointer
 * and location only: no value of a record is ever part of them.
 */
export function writeReport(
  merged: Summary,
  files: readonly FileTotals[],
  options: ValidateOptions,
  io: CliIo,
): void {
  if (options.format === "json") {
    io.stdout.write(`${JSON.stringify({ ...toJsonReport(merged), files }, null, 2)}\n`);
    return;
  }
  const color = wantsColor(io.stdout, io.env);
  let text = formatTextReport(merged, { lang: options.lang, color });
  if (files.length > 1)
    text = `${formatCli(CLI_MESSAGES[options.lang].validate.filesChecked, { count: files.length })}\n${text}`;
  io.stdout.write(text.endsWith("\n") ? text : `${text}\n`);
}
