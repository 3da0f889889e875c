import type { CliCatalogue } from "../messages/messages.js";

/** Whether a thrown value is a Node system error (it has a string `code` such as `ENOENT`). */
export function isSystemError(error: unknown): error is NodeJS.ErrnoException & { code: string } {
  return error instanceof Error && typeof (error as NodeJS.ErrnoException).code === "string";
}

/**
 * Why an input cannot be read, in the run's language. Only the error code is used: a system error's message
 * is never shown, so nothing read from a file can reach the terminal this way.
 */
export function reasonOf(error: unknown, messages: CliCatalogue): string {
  const { reasons } = messages;
  if (error === "notAFile") return reasons.notAFile;
  const code = isSystemError(error) ? error.code : "UNKNOWN";
  if (code === "ENOENT" || code === "EACCES" || code === "EISDIR") return reasons[code];
  return messages.format(reasons.other, { code });
}
