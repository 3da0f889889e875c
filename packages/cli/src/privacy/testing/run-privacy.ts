import { isCommanderError, localiseCommanderError } from "../../commander-errors.js";
import { registerAnonymize } from "../../commands/anonymize.js";
import { registerExport } from "../../commands/export.js";
import { registerStats } from "../../commands/stats.js";
import type { CliContext } from "../../context.js";
import { EXIT_CODES } from "../../exit-codes.js";
import type { CliIo } from "../../io.js";
import { detectLang } from "../../lang.js";
import { messagesFor } from "../../messages/messages.js";
import { createProgram } from "../../program.js";
import { writeErrors } from "../../write-error.js";

const PRIVACY_COMMANDS = [
  ["anonymize", registerAnonymize],
  ["stats", registerStats],
  ["export", registerExport],
] as const;

/**
 * Runs `tip` in-process like `run`, with the privacy commands added when the program does not register them
 * yet. Lets these commands be tested before they are wired into `program.ts`, and keeps working after.
 */
export async function runPrivacy(argv: readonly string[], io: CliIo): Promise<number> {
  const lang = detectLang(argv, io.env);
  const ctx: CliContext = { io, lang, messages: await messagesFor(lang), exitCode: EXIT_CODES.ok };
  const program = createProgram(ctx);
  for (const [name, register] of PRIVACY_COMMANDS) {
    if (!program.commands.some((command) => command.name() === name)) register(program, ctx);
  }
  try {
    await program.parseAsync([...argv], { from: "user" });
    return ctx.exitCode;
  } catch (error) {
    if (!isCommanderError(error)) throw error;
    if (error.exitCode === 0) return EXIT_CODES.ok;
    writeErrors(io, ctx.messages, [localiseCommanderError(error, ctx.messages)]);
    return EXIT_CODES.usage;
  }
}
