import type { CliIo, CliOutput } from "./io.js";

/**
 * Whether to colour what goes to a stream. `FORCE_COLOR` decides when it is set (force-color.org): colour, even
 * into a file or a pipe, unless it is `0` or `false`. Else `NO_COLOR` set to anything but the empty text turns
 * colour off (no-color.org). Else colour only on a terminal.
 */
export function wantsColor(stream: CliOutput, env: CliIo["env"] = {}): boolean {
  const force = env.FORCE_COLOR;
  if (force !== undefined && force !== "") return force !== "0" && force.toLowerCase() !== "false";
  const noColor = env.NO_COLOR;
  return stream.isTTY === true && (noColor === undefined || noColor === "");
}
