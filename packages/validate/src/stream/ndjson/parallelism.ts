import { availableParallelism } from "node:os";
import { type Parallelism, workerScript } from "./worker-pool.js";

/** Worker threads for NDJSON: a number (0 for none) or `"auto"`. */
export type Workers = number | "auto";

/** Bytes read before `"auto"` starts workers: below that, starting them costs more than they save. */
const AUTO_AFTER_BYTES = 8 * 1024 * 1024;
/** Most workers `"auto"` starts: past this the main thread, which takes every outcome, is the limit. */
const AUTO_MAX_WORKERS = 3;

/**
 * How many worker threads to use and when. An explicit number starts them at once and fails when the worker
 * script is missing (the package was bundled into one file); `"auto"` then falls back to this thread. A number
 * above the cores available (`os.availableParallelism()`) is capped there: more threads only cost memory.
 * `"auto"` starts them at once too when the input is known to be large (`inputBytes`, a file's size): the
 * checks run in this thread until then, and warming them up here, only for a worker to warm them up again,
 * cost some 0.7 s of CPU in a whole `tip validate` run of 64 MB (4.4 s instead of 5.1 s, medians of 4).
 */
export function parallelismOf(workers: Workers, inputBytes?: number): Parallelism {
  const script = workerScript();
  if (workers === "auto") {
    const cores = availableParallelism();
    // This thread reads, hands out batches and runs the checks across records: one worker per other core.
    const count = script === undefined ? 0 : Math.min(cores - 1, AUTO_MAX_WORKERS);
    const large = inputBytes !== undefined && inputBytes >= AUTO_AFTER_BYTES;
    return { workers: count, script, afterBytes: large ? 0 : AUTO_AFTER_BYTES };
  }
  if (!Number.isInteger(workers) || workers < 0) {
    throw new TypeError(`workers must be "auto" or a whole number from 0, not ${String(workers)}`);
  }
  if (workers > 0 && script === undefined) {
    throw new Error(
      "The worker script of @tip/validate (ndjson-worker.js) is missing beside the package's code",
    );
  }
  return { workers: Math.min(workers, availableParallelism()), script, afterBytes: 0 };
}
