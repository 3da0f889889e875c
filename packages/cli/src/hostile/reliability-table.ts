import { HAZARD_FAMILIES, type HostileCase } from "./hostile-case.js";

/** The name of a case: command, input, family and hazard (unique across the matrix). */
export function caseName(hostile: HostileCase): string {
  return `${hostile.command} ${hostile.input}: ${hostile.family}: ${hostile.hazard}`;
}

/** Marks around the generated part of docs/reliability.md. */
export const TABLE_START =
  "<!-- hostile-matrix:start (generated from packages/cli/src/hostile/hostile-cases.ts) -->";
export const TABLE_END = "<!-- hostile-matrix:end -->";

const COMMANDS = [
  "validate",
  "convert",
  "stats",
  "anonymize",
  "export",
  "schema",
  "docs",
  "keys",
  "seal",
  "open",
] as const;

/** A table cell: pipes escaped, and words with underscores (`__proto__`) as code, which Markdown would embolden. */
const cell = (text: string) =>
  text.replaceAll("|", "\\|").replace(/(?<![`\w])([\w.]*__\w+__[\w.]*)(?![`\w])/g, "`$1`");

/** How a case was run, for the docs. */
function runText(hostile: HostileCase): string {
  switch (hostile.run?.kind) {
    case "stdout-full":
      return "process, stdout on /dev/full";
    case "fifo-output":
      return "process, -o a named pipe";
    case "signal":
      return `process, ${hostile.run.signal} while reading a pipe`;
    default:
      return "in-process";
  }
}

/** The generated part of docs/reliability.md: cases per command, then every case as a row. */
export function reliabilityTable(cases: readonly HostileCase[]): string {
  const lines: string[] = [];
  lines.push("| Command | Cases |", "| --- | ---: |");
  for (const command of COMMANDS) {
    lines.push(`| \`tip ${command}\` | ${cases.filter((c) => c.command === command).length} |`);
  }
  lines.push(`| all | ${cases.length} |`, "");
  const ordered = [...cases].sort(
    (a, b) =>
      COMMANDS.indexOf(a.command) - COMMANDS.indexOf(b.command) ||
      HAZARD_FAMILIES.indexOf(a.family) - HAZARD_FAMILIES.indexOf(b.family),
  );
  lines.push("| Command | Input | Hazard | Exit | Outcome | Run |", "| --- | --- | --- | ---: | --- | --- |");
  for (const hostile of ordered) {
    lines.push(
      `| \`tip ${hostile.command}\` | ${cell(hostile.input)} | ${cell(hostile.family)}: ${cell(hostile.hazard)} | ${hostile.exit} | ${cell(hostile.outcome)} | ${runText(hostile)} |`,
    );
  }
  return `${TABLE_START}\n${lines.join("\n")}\n${TABLE_END}`;
}
