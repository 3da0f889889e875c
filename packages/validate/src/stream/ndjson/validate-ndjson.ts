import type { Buffer } from "node:buffer";
import type { MessageLocale, Profile } from "@tip/schema";
import { RecordParser } from "../../formats/json/record-parser.js";
import { ArrayPool } from "../../formats/ndjson/array-pool.js";
import { BATCH_BYTES, type LineBatch, LineBatcher } from "../../formats/ndjson/line-batch.js";
import { type Encoding, withoutBom } from "../../io/byte-order-mark.js";
import { LineSplitter } from "../../io/line-splitter.js";
import type { CrossChecks } from "../../refs/cross-checks.js";
import type { Lang } from "../../shared/lang.js";
import type { RecordChecker } from "../record-checker.js";
import { analyzeBatch, type BatchOutcome, batchContext } from "./batch-analysis.js";
import { NdjsonReader } from "./ndjson-reader.js";
import { type Parallelism, WorkerPool } from "./worker-pool.js";

/** Batches a worker may have waiting: enough that it never runs dry while this thread reads the next. */
const PER_WORKER = 3;
/**
 * Batches checked here while workers run (lines too long for them) that may wait behind those in workers: each
 * can hold a line of up to `maxLineBytes`, and reading can wait, as such lines are rare.
 */
const QUEUED_HERE = 1;

/** Numbers of a batch's outcome, in a pooled array: a batch of 256 KiB needs a few thousand. */
const OUTCOME_SIZE = 16 * 1024;

/** A batch on its way: checked here (`outcome` set at once) or by a worker (`done` settles when it is). */
interface Queued {
  /** The batch; replaced by the one over the buffers a worker hands back. */
  batch: LineBatch;
  outcome: BatchOutcome | undefined;
  done: Promise<void> | undefined;
}

/** Settings of the NDJSON reader. */
export interface NdjsonSettings {
  readonly lang: Lang | undefined;
  readonly locale: MessageLocale;
  readonly maxLineBytes: number;
  readonly maxDepth: number;
  readonly duplicateKeys: boolean;
  readonly checker: RecordChecker;
  readonly cross: CrossChecks | undefined;
  readonly parallelism: Parallelism;
  readonly profile: Profile | undefined;
}

/**
 * Validates NDJSON: one record per line, blank lines ignored, CRLF accepted, a UTF-8 byte order mark dropped.
 * Memory stays bounded: bytes are split on 0x0A without decoding, lines are copied into batches of about
 * 256 KiB, and a line over the size limit is dropped as it streams in. Each batch is parsed and checked, line
 * by line, by a worker thread once they run, else on this thread (`analyzeBatch`); the outcomes are then taken
 * in input order (`NdjsonReader`), so counts, issues and their order are the same either way. Reading waits
 * while each worker has three batches: that bounds memory and keeps the workers busy.
 */
export async function validateNdjson(chunks: AsyncIterable<Buffer>, settings: NdjsonSettings): Promise<void> {
  const { checker, cross, parallelism } = settings;
  const reader = new NdjsonReader(settings);
  const ready: LineBatch[] = [];
  const batcher = new LineBatcher((batch) => ready.push(batch));
  const outcomeArrays = new ArrayPool(
    Uint32Array,
    OUTCOME_SIZE,
    PER_WORKER * parallelism.workers + QUEUED_HERE,
  );
  const splitter = new LineSplitter(settings.maxLineBytes);
  const context = batchContext(
    checker.analyzer,
    new RecordParser(settings.locale),
    cross !== undefined,
    true,
  );
  const queue: Queued[] = [];
  let pool: WorkerPool | undefined;
  let inWorkers = 0;
  let bytesRead = 0;

  const takeDone = (): void => {
    for (let head = queue[0]; head?.outcome !== undefined; head = queue[0]) {
      queue.shift();
      reader.take(head.batch, head.outcome);
      batcher.release(head.batch);
      outcomeArrays.give(head.outcome.numbers);
    }
  };
  // With workers, this thread only reads, hands batches out and takes outcomes: the workers' heaps are capped,
  // while a main thread that also parsed would see V8 double its young generation over a long input.
  const dispatch = async (): Promise<void> => {
    for (const batch of ready.splice(0)) {
      const entry: Queued = { batch, outcome: undefined, done: undefined };
      // A line longer than a batch is checked here: workers run with a small heap (see WorkerPool).
      if (pool !== undefined && batch.bytes.length <= BATCH_BYTES) {
        // After `takeDone` the head of the queue is a batch still in a worker.
        while (inWorkers >= PER_WORKER * parallelism.workers && queue.length > 0) {
          await queue[0]?.done;
          takeDone();
        }
        inWorkers++;
        entry.done = pool.run(batch, outcomeArrays.take()).then((answered) => {
          entry.batch = answered.batch;
          entry.outcome = answered.outcome;
          inWorkers--;
        });
        // Awaited in turn below; a failure must not be reported as unhandled before then.
        entry.done.catch(() => undefined);
      } else {
        entry.outcome = analyzeBatch(batch, context, outcomeArrays.take());
      }
      queue.push(entry);
      takeDone();
      while (queue.length > PER_WORKER * parallelism.workers + QUEUED_HERE) {
        await queue[0]?.done;
        takeDone();
      }
    }
  };

  try {
    const seen: { encoding: Encoding } = { encoding: "utf-8" };
    for await (const chunk of withoutBom(chunks, (found) => {
      seen.encoding = found;
    })) {
      if (seen.encoding === "utf-16") {
        reader.notNdjson("utf-16", 1);
        return;
      }
      splitter.push(chunk, batcher);
      bytesRead += chunk.length;
      if (
        pool === undefined &&
        parallelism.workers > 0 &&
        parallelism.script !== undefined &&
        bytesRead >= parallelism.afterBytes
      ) {
        pool = await WorkerPool.start(parallelism.script, parallelism.workers, {
          lang: settings.lang,
          maxDepth: settings.maxDepth,
          duplicateKeys: settings.duplicateKeys,
          packIds: cross !== undefined,
          chains: true,
          profile: settings.profile,
        });
      }
      await dispatch();
    }
    splitter.end(batcher);
    batcher.flush();
    await dispatch();
    while (queue.length > 0) {
      await queue[0]?.done;
      takeDone();
    }
  } finally {
    await pool?.close();
  }
  reader.finish();
}
