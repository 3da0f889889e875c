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
 */
export function parallelismOf(workers: Workers): Parallelism {
  const script = workerScript();
  if (workers === "auto") {
    const cores = availableParallelism();
    // This thread reads, hands out batches and runs the checks across records: one worker per other core.
    const count = script === undefined ? 0 : Math.min(cores - 1, AUTO_MAX_WORKERS);
    return { workers: count, script, afterBytes: AUTO_AFTER_BYTES };
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
