import { existsSync } from "node:fs";
import { fileURLToPath } from "node:url";
import type { Worker } from "node:worker_threads";
import { LINE_SIZE, type LineBatch } from "../../formats/ndjson/line-batch.js";
import type { BatchOutcome } from "./batch-analysis.js";
import type { BatchReply, BatchRequest, WorkerSettings } from "./worker-settings.js";

/**
 * The worker script, beside the bundle that holds this code (`dist/`). Undefined where it is not there: in
 * the sources run by a test runner, or when an application bundles this package into one file.
 */
export function workerScript(): URL | undefined {
  try {
    const url = new URL("./ndjson-worker.js", import.meta.url);
    return url.protocol === "file:" && existsSync(fileURLToPath(url)) ? url : undefined;
  } catch {
    return undefined;
  }
}

/** How the NDJSON reader uses worker threads. */
export interface Parallelism {
  /** Worker threads to start (0: check every line on this thread). */
  readonly workers: number;
  /** The script of the workers. */
  readonly script: URL | undefined;
  /** Bytes read on this thread before the workers start (their start-up is not worth it on small inputs). */
  readonly afterBytes: number;
}

/**
 * Heap limits of a worker. A worker checks batches of at most 256 KiB (longer lines are checked on the main
 * thread), so a small heap is plenty, and it keeps each worker's memory to some 30 to 40 MB: V8's defaults let
 * a busy thread's young generation alone grow to 48 MB.
 */
const HEAP_LIMITS = { maxYoungGenerationSizeMb: 8, maxOldGenerationSizeMb: 48 };

/** A worker's outcome of a batch, and the batch over the buffers it handed back. */
export interface Answered {
  readonly outcome: BatchOutcome;
  readonly batch: LineBatch;
}

interface Waiting {
  resolve: (answered: Answered) => void;
  reject: (error: Error) => void;
}

/**
 * Worker threads that analyse NDJSON batches. Batches go round-robin; each `run` resolves with its own
 * outcome, and the caller takes them in order. A worker that fails or exits rejects every waiting batch: that
 * is a bug or a lack of memory, never a property of the data. Kept over piscina and tinypool, which were not
 * faster in its place (figures in the package README, "Worker threads").
 */
export class WorkerPool {
  readonly #workers: Worker[] = [];
  readonly #waiting = new Map<number, Waiting>();
  #next = 0;
  #failure: Error | undefined;

  /**
   * Starts `size` workers running `script`. `node:worker_threads` is loaded here, on first use: a file too small
   * for workers (and so the start of every short run) does not pay for it.
   */
  static async start(script: URL, size: number, settings: WorkerSettings): Promise<WorkerPool> {
    const { Worker } = await import("node:worker_threads");
    return new WorkerPool(
      Array.from(
        { length: size },
        () => new Worker(script, { workerData: settings, resourceLimits: HEAP_LIMITS }),
      ),
    );
  }

  private constructor(workers: Worker[]) {
    for (const worker of workers) {
      worker.on("message", (reply: BatchReply) => this.#settle(reply));
      worker.on("error", (error) => this.#fail(error));
      worker.on("exit", (code) => {
        if (this.#waiting.size > 0) this.#fail(new Error(`A validation worker stopped (exit code ${code})`));
      });
      this.#workers.push(worker);
    }
  }

  /**
   * Analyses a batch in a worker, its numbers written to `numbers` when they fit. The batch's buffers and `numbers`
   * are moved to the worker and can no longer be read here: the answer carries them back.
   */
  run(batch: LineBatch, numbers: Uint32Array<ArrayBuffer>): Promise<Answered> {
    if (this.#failure !== undefined) return Promise.reject(this.#failure);
    const id = this.#next++;
    const worker = this.#workers[id % this.#workers.length] as Worker;
    const { bytes, lines, count } = batch;
    const request: BatchRequest = { id, bytes, lines, count, numbers };
    return new Promise((resolve, reject) => {
      this.#waiting.set(id, { resolve, reject });
      worker.postMessage(request, [bytes.buffer, lines.buffer, numbers.buffer]);
    });
  }

  /** Stops the workers. */
  async close(): Promise<void> {
    await Promise.all(this.#workers.map((worker) => worker.terminate()));
  }

  #settle(reply: BatchReply): void {
    const waiting = this.#waiting.get(reply.id);
    if (waiting === undefined) return;
    this.#waiting.delete(reply.id);
    if ("error" in reply) waiting.reject(new Error(`A validation worker failed: ${reply.error}`));
    else {
      const { numbers, extras, bytes, lines } = reply;
      waiting.resolve({
        outcome: { numbers, extras },
        batch: { bytes, lines, count: lines.length / LINE_SIZE },
      });
    }
  }

  #fail(error: Error): void {
    this.#failure ??= error;
    for (const waiting of this.#waiting.values()) waiting.reject(error);
    this.#waiting.clear();
  }
}
