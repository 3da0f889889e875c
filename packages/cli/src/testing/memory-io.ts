import type { CliIo, CliOutput } from "../io.js";

/** An output that keeps what is written; `isTTY` pretends to be a terminal. */
export interface MemoryOutput extends CliOutput {
  readonly text: () => string;
}

/** A `CliOutput` kept in memory, for running the command in-process. */
export function memoryOutput(isTTY = false): MemoryOutput {
  const chunks: string[] = [];
  return {
    isTTY,
    columns: 80,
    write: (chunk: string) => chunks.push(chunk),
    text: () => chunks.join(""),
  };
}

/** An io with in-memory stdout and stderr, and the standard input given. */
export function memoryIo(
  options: {
    stdoutTTY?: boolean;
    stderrTTY?: boolean;
    env?: CliIo["env"];
    cwd?: string;
    stdin?: NodeJS.ReadableStream;
  } = {},
) {
  const stdout = memoryOutput(options.stdoutTTY);
  const stderr = memoryOutput(options.stderrTTY);
  const io: CliIo = {
    stdout,
    stderr,
    env: options.env ?? {},
    cwd: options.cwd,
    ...(options.stdin !== undefined && { stdin: options.stdin }),
  };
  return { io, stdout, stderr };
}
