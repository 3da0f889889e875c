import { isCommanderError, isShownAsAsked, localiseCommanderError } from "./commander-errors.js";
import type { CliContext } from "./context.js";
import { EXIT_CODES } from "./exit-codes.js";
import { type CliIo, processIo } from "./io.js";
import { detectLang } from "./lang.js";
import { messagesFor } from "./messages/messages.js";
import { describeOutputError, OutputError } from "./output/output-error.js";
import { createProgram } from "./program.js";
import { writeErrors } from "./write-error.js";

/**
 * Runs the `tip` command in-process and resolves to its exit code (0 valid, 1 invalid data, 2 usage error or
 * unreadable input). `argv` holds the user's arguments only (`["validate", "export.ndjson"]`). Everything is
 * written to `io`; the process is neither exited nor otherwise touched.
 */
export async function run(argv: readonly string[], io: CliIo = processIo()): Promise<number> {
  const lang = detectLang(argv, io.env);
  const ctx: CliContext = { io, lang, messages: await messagesFor(lang), exitCode: EXIT_CODES.ok };
  const program = createProgram(ctx, argv);
  try {
    await program.parseAsync([...argv], { from: "user" });
    return ctx.exitCode;
  } catch (error) {
    if (isCommanderError(error)) {
      if (isShownAsAsked(error)) return EXIT_CODES.ok;
      // `tip` alone prints the help on stderr: a usage error, with nothing more to say.
      if (error.code !== "commander.help") {
        const command = program.commands.find((sub) => argv.includes(sub.name()));
        const hint = ctx.messages.format(ctx.messages.errors.helpHint, {
          command: command ? `tip ${command.name()}` : "tip",
        });
        writeErrors(io, ctx.messages, [localiseCommanderError(error, ctx.messages)], hint);
      }
      return EXIT_CODES.usage;
    }
    if (error instanceof OutputError) {
      writeErrors(io, ctx.messages, [describeOutputError(error, ctx.messages)]);
      return EXIT_CODES.usage;
    }
    // Only the class of an unexpected error is shown: its message could quote input.
    const name = error instanceof Error ? error.name : typeof error;
    writeErrors(io, ctx.messages, [ctx.messages.format(ctx.messages.errors.unexpected, { name })]);
    return EXIT_CODES.usage;
  }
}
