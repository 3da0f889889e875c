import { formatMessage, type MessageLocale, type RecordType, type Severity } from "@tip/schema";
import { enMessages } from "@tip/schema/locales/en/messages";
import type { Located, Summary } from "../summary/summary.js";
import { REPORT_TEXTS, say } from "./report-texts.js";

/** Options of `formatTextReport`. */
export interface TextReportOptions {
  /**
   * The texts of the report's language (`await loadMessages("pt")`, or `ptMessages` of
   * `@tip/schema/locales/pt/messages`); default English. Messages are rendered again in this language, whatever
   * language the summary was made in.
   */
  readonly locale?: MessageLocale;
  /** Colour with ANSI escapes (for a terminal); default false. */
  readonly color?: boolean;
  /** Locations listed under each issue code; default 5. */
  readonly maxLocations?: number;
}

const ANSI = { bold: 1, dim: 2, red: 31, yellow: 33, cyan: 36, green: 32 } as const;
const SEVERITY_COLOR: Readonly<Record<Severity, keyof typeof ANSI>> = {
  error: "red",
  warning: "yellow",
  info: "cyan",
};
const SEVERITY_ORDER: Readonly<Record<Severity, number>> = { error: 0, warning: 1, info: 2 };

/**
 * A human-readable report of a summary: counts, counts per record type, then the issues grouped by code (errors
 * first) with up to `maxLocations` locations each, all in one language. Like the summary, it never contains the
 * value of a personal field: messages are rebuilt from each issue's code and parameters.
 */
export function formatTextReport(summary: Summary, options: TextReportOptions = {}): string {
  const locale = options.locale ?? enMessages;
  const texts = REPORT_TEXTS[locale.locale] ?? REPORT_TEXTS.en;
  const paint = (style: keyof typeof ANSI, text: string) =>
    options.color ? `\u001b[${ANSI[style]}m${text}\u001b[0m` : text;
  const maxLocations = options.maxLocations ?? 5;
  const n = (count: number) => say(texts, texts.count, { count });
  const lines: string[] = [paint("bold", texts.title), ""];
  lines.push(
    `${texts.records}: ${n(summary.total)} · ${paint("green", `${texts.valid} ${n(summary.valid)}`)} · ` +
      `${paint(summary.invalid > 0 ? "red" : "green", `${texts.invalid} ${n(summary.invalid)}`)} · ` +
      `${paint(summary.skipped > 0 ? "yellow" : "green", `${texts.skipped} ${n(summary.skipped)}`)}`,
  );
  const types = Object.entries(summary.byRecordType);
  if (types.length > 0) {
    lines.push(`${texts.byRecordType}:`);
    for (const [type, counts] of types) {
      const label = locale.objects[type as RecordType]?.label ?? type;
      lines.push(
        `  ${label}: ${n(counts.total)} (${texts.valid} ${n(counts.valid)}, ${texts.invalid} ${n(counts.invalid)})`,
      );
    }
  }
  lines.push("");
  const groups = groupByCode(summary.issues);
  if (groups.length === 0 && Object.keys(summary.byCode).length === 0) {
    lines.push(paint("green", texts.noIssues));
    return `${lines.join("\n")}\n`;
  }
  lines.push(paint("bold", `${texts.issues}:`));
  for (const [code, issues] of groups) {
    const severity = (issues[0] as Located).severity;
    const count = summary.byCode[code] ?? issues.length;
    lines.push(`${paint(SEVERITY_COLOR[severity], `${texts.severity[severity]} ${code}`)} × ${n(count)}`);
    for (const issue of issues.slice(0, maxLocations)) {
      const message = formatMessage(locale, issue.code, issue.params);
      lines.push(`  ${paint("dim", where(issue, texts))} ${message}`);
    }
    const more = count - Math.min(issues.length, maxLocations);
    if (more > 0) lines.push(`  ${paint("dim", say(texts, texts.more, { count: more }))}`);
  }
  for (const [code, count] of Object.entries(summary.byCode)) {
    if (!groups.some(([kept]) => kept === code)) lines.push(`${code} × ${n(count)}`);
  }
  if (summary.truncated) lines.push("", say(texts, texts.truncated, { count: summary.issues.length }));
  return `${lines.join("\n")}\n`;
}

function groupByCode(issues: readonly Located[]): [string, Located[]][] {
  const groups = new Map<string, Located[]>();
  for (const issue of issues) {
    const group = groups.get(issue.code);
    if (group === undefined) groups.set(issue.code, [issue]);
    else group.push(issue);
  }
  return [...groups].sort(
    ([, a], [, b]) => SEVERITY_ORDER[(a[0] as Located).severity] - SEVERITY_ORDER[(b[0] as Located).severity],
  );
}

function where(issue: Located, texts: (typeof REPORT_TEXTS)["en"]): string {
  const parts: string[] = [];
  if (issue.file !== undefined) parts.push(issue.file);
  if (issue.line !== undefined) parts.push(`${texts.line} ${issue.line}`);
  if (issue.column !== undefined) parts.push(`${texts.column} ${issue.column}`);
  if (issue.line === undefined && issue.recordIndex !== undefined)
    parts.push(`${texts.record} ${issue.recordIndex}`);
  if (issue.path !== "") parts.push(issue.path);
  return `${parts.join(" · ")}:`;
}
