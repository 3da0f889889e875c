import type { CliContext } from "./context.js";

import { writeUsageErrors } from "./write-error.js";

/** The input argument that names standard input. */
export const STANDARD_INPUT = "-";

/**
 * The input a command reads: the one given, else standard input (`-`) when it is a pipe or a file, else
 * undefined, for a terminal has nothing piped into it and waiting on it would look like a hang.
 */
export function inputOrPipe(input: string | undefined, ctx: CliContext): string | undefined {
  if (input !== undefined) return input;
  const stdin = ctx.io.stdin as (NodeJS.ReadableStream & { isTTY?: boolean }) | undefined;
  return stdin !== undefined && stdin.isTTY !== true ? STANDARD_INPUT : undefined;
}

/** Says the input is missing, as commander says of a missing argument, and gives the usage exit code. */
export function missingInput(command: string, ctx: CliContext): number {
  const missing = ctx.messages.format(ctx.messages.errors.missingArgument, { token: "input" });
  return writeUsageErrors(ctx.io, ctx.messages, [missing], command);
}
