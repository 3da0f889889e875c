import pc from "picocolors";
import { wantsColor } from "./color.js";
import type { CliIo } from "./io.js";
import type { CliMessages } from "./messages/cli-messages.js";

/** Writes usage or read errors on stderr, one line each, prefixed "error:" in the run's language. */
export function writeErrors(
  io: CliIo,
  messages: CliMessages,
  errors: readonly string[],
  hint?: string,
): void {
  const colors = pc.createColors(wantsColor(io.stderr, io.env));
  for (const error of errors) io.stderr.write(`${colors.red(`${messages.errors.prefix}:`)} ${error}\n`);
  if (hint) io.stderr.write(`${colors.dim(hint)}\n`);
}
