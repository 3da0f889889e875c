import type { CliIo, CliOutput } from "./io.js";

/** Whether to colour what goes to a stream: only on a terminal, and never when `NO_COLOR` is set (no-color.org). */
export function wantsColor(stream: CliOutput, env: CliIo["env"] = {}): boolean {
  const noColor = env.NO_COLOR;
  return stream.isTTY === true && (noColor === undefined || noColor === "");
}
