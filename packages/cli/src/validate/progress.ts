import { createRequire } from "node:module";
import type { CliIo } from "../io.js";

/** cli-progress (CommonJS), loaded when a bar is shown: most runs, and every small file, need none. */
const loadCliProgress = (): typeof import("cli-progress") => createRequire(import.meta.url)("cli-progress");

/** Files larger than this get a progress bar (when stderr is a terminal). */
export const PROGRESS_MIN_BYTES = 5 * 1024 * 1024;

/** Progress of reading one input: fed with bytes read, stopped when the input is done or failed. */
export interface Progress {
  update(bytesRead: number): void;
  stop(): void;
}

const NO_PROGRESS: Progress = { update: () => undefined, stop: () => undefined };

/**
 * A progress bar on stderr for a large file, only when stderr is a terminal: piped or redirected output and
 * small files get none. The bar shows the file name and bytes, never anything read from the file. An input of
 * unknown size (standard input, a pipe) gets a count of the megabytes read once it passes the same size.
 */
export function startProgress(io: CliIo, label: string, size: number | undefined): Progress {
  if (io.stderr.isTTY !== true) return NO_PROGRESS;
  if (size === undefined) return byteCounter(io, label);
  if (size <= PROGRESS_MIN_BYTES) return NO_PROGRESS;
  const cliProgress = loadCliProgress();
  const bar = new cliProgress.SingleBar(
    {
      stream: io.stderr as unknown as NodeJS.WritableStream,
      format: `${label.replaceAll("{", "(").replaceAll("}", ")")} [{bar}] {percentage}% | {eta_formatted}`,
      hideCursor: true,
      clearOnComplete: true,
      etaBuffer: 50,
    },
    cliProgress.Presets.shades_classic,
  );
  bar.start(size, 0);
  return {
    update: (bytesRead) => bar.update(Math.min(bytesRead, size)),
    stop: () => bar.stop(),
  };
}

/** Megabytes read, rewritten in place on stderr at most once per megabyte, cleared at the end. */
function byteCounter(io: CliIo, label: string): Progress {
  let shownMegabytes = 0;
  return {
    update(bytesRead) {
      if (bytesRead <= PROGRESS_MIN_BYTES) return;
      const megabytes = Math.floor(bytesRead / (1024 * 1024));
      if (megabytes === shownMegabytes) return;
      shownMegabytes = megabytes;
      io.stderr.write(`\r${label} | ${megabytes} MB`);
    },
    stop() {
      if (shownMegabytes > 0) io.stderr.write("\r\u001b[K");
    },
  };
}
