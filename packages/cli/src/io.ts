/** Where the command writes text: a Node stream or anything with `write` (tests use buffers). */
export interface CliOutput {
  write(chunk: string): unknown;
  /** True when the stream is a terminal: enables colours (stdout) and the progress bar (stderr). */
  readonly isTTY?: boolean;
  /** Terminal width, used to wrap help. */
  readonly columns?: number;
}

/** The outside world of one run of the command; `run` touches nothing else of the process. */
export interface CliIo {
  readonly stdout: CliOutput;
  readonly stderr: CliOutput;
  /** Read when a file argument is `-`. */
  readonly stdin?: NodeJS.ReadableStream;
  /** Environment variables (`NO_COLOR`, `LANG`...); defaults to none. */
  readonly env?: Readonly<Record<string, string | undefined>>;
  /** Directory relative file names are read from; defaults to the process's. */
  readonly cwd?: string;
}

/** The io of the running process. */
export function processIo(): CliIo {
  return {
    stdout: process.stdout,
    stderr: process.stderr,
    // Read on first use: opening standard input costs a few milliseconds, and only `-` reads it.
    get stdin() {
      return process.stdin;
    },
    env: process.env,
    cwd: process.cwd(),
  };
}
