import { availableParallelism } from "node:os";
import { type Parallelism, workerScript } from "./worker-pool.js";

/**
 * Worker threads for NDJSON: a number (0 for none), `"auto"` (one per core but one, leaving a core to the
 * application) or `"all-cores"` (one per core, for a process that has the machine to itself, such as `tip
 * validate`). Both start their workers once 8 MiB have been read, or at once for a file known to be larger.
 */
export type Workers = number | "auto" | "all-cores";

/** Bytes read before `"auto"` starts workers: below that, starting them costs more than they save. */
const AUTO_AFTER_BYTES = 8 * 1024 * 1024;
/** Most workers `"auto"` starts: past this the main thread, which takes every outcome, is the limit. */
const AUTO_MAX_WORKERS = 3;

/**
 * Workers started on a machine of `cores` cores, up to `AUTO_MAX_WORKERS` and none on a single core. `"auto"`
 * leaves a core to this thread and the application around it; `"all-cores"` takes them all, since this thread
 * only reads, hands out batches and runs the checks across records, a fraction of a core. The second worker
 * costs some 35 MB of memory (each has its own heap).
 */
export function autoWorkerCount(cores: number, mode: "auto" | "all-cores"): number {
  const count = mode === "all-cores" ? cores : cores - 1;
  return cores < 2 ? 0 : Math.min(count, AUTO_MAX_WORKERS);
}

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
  if (workers === "auto" || workers === "all-cores") {
    const cores = availableParallelism();
    const count = script === undefined ? 0 : autoWorkerCount(cores, workers);
    const large = inputBytes !== undefined && inputBytes >= AUTO_AFTER_BYTES;
    return { workers: count, script, afterBytes: large ? 0 : AUTO_AFTER_BYTES };
  }
  if (!Number.isInteger(workers) || workers < 0) {
    throw new TypeError(
      `workers must be "auto", "all-cores" or a whole number from 0, not ${String(workers)}`,
    );
  }
  if (workers > 0 && script === undefined) {
    throw new Error(
      "The worker script of @tip/validate (ndjson-worker.js) is missing beside the package's code",
    );
  }
  return { workers: Math.min(workers, availableParallelism()), script, afterBytes: 0 };
}
