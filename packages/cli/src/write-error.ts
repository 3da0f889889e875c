import pc from "picocolors";
import { wantsColor } from "./color.js";
import { EXIT_CODES } from "./exit-codes.js";
import type { CliIo, CliOutput } from "./io.js";
import type { CliCatalogue } from "./messages/messages.js";
import { safeLine } from "./sanitize.js";

/**
 * Writes usage or read errors on stderr, one line each, prefixed "error:" in the run's language. Control
 * characters and escape sequences are stripped from each (`safeLine`), before the colours are added.
 */
export function writeErrors(
  io: CliIo,
  messages: CliCatalogue,
  errors: readonly string[],
  hint?: string,
): void {
  const colors = pc.createColors(wantsColor(io.stderr, io.env));
  for (const error of errors)
    io.stderr.write(`${colors.red(`${messages.errors.prefix}:`)} ${safeLine(error)}\n`);
  if (hint) io.stderr.write(`${colors.dim(safeLine(hint))}\n`);
}

/**
 * Writes usage errors with the hint to `command`'s help (`tip send --help`) and gives the exit code of a usage
 * error, for a command to return.
 */
export function writeUsageErrors(
  io: CliIo,
  messages: CliCatalogue,
  errors: readonly string[],
  command: string,
): number {
  writeErrors(io, messages, errors, messages.format(messages.errors.helpHint, { command }));
  return EXIT_CODES.usage;
}

/** Writes one error that ends the run (unreadable input, a refused file) and gives the usage exit code. */
export function failRun(io: CliIo, messages: CliCatalogue, error: string): number {
  writeErrors(io, messages, [error]);
  return EXIT_CODES.usage;
}

/** Writes report lines, each stripped of control characters and escape sequences (`safeLine`). */
export function writeLines(out: CliOutput, lines: readonly string[]): void {
  if (lines.length > 0) out.write(`${lines.map(safeLine).join("\n")}\n`);
}
