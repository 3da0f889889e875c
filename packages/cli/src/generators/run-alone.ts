import { Command } from "commander";
import type { CliContext } from "../context.js";
import type { CliIo } from "../io.js";
import { detectLang } from "../lang.js";
import { messagesFor } from "../messages/messages.js";

/** A function adding one subcommand to the program, as in `commands/`. */
export type Register = (program: Command, ctx: CliContext) => void;

/**
 * Runs one subcommand in-process on a bare program, for tests of a command before (or apart from) its
 * registration in `program.ts`. Resolves to the exit code the command set.
 */
export async function runAlone(register: Register, argv: readonly string[], io: CliIo): Promise<number> {
  const lang = detectLang(argv, io.env);
  const ctx: CliContext = { io, lang, messages: await messagesFor(lang), exitCode: 0 };
  const program = new Command("tip").exitOverride().configureOutput({
    writeOut: (text) => io.stdout.write(text),
    writeErr: (text) => io.stderr.write(text),
  });
  register(program, ctx);
  await program.parseAsync([...argv], { from: "user" });
  return ctx.exitCode;
}
