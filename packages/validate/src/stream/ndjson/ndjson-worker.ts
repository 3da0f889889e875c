// Entry point of the worker threads of `validateStream` (NDJSON): analyses the batches it is sent.
import { parentPort, workerData } from "node:worker_threads";
import { RecordParser } from "../../formats/json/record-parser.js";
import { RecordAnalyzer } from "../../record/record-analyzer.js";
import { loadMessages } from "../../shared/load-messages.js";
import { analyzeBatch, type BatchContext, batchContext } from "./batch-analysis.js";
import type { BatchReply, BatchRequest, WorkerSettings } from "./worker-settings.js";

const settings = workerData as WorkerSettings;
// Only the language asked for is loaded: each of the others would cost this thread a few megabytes.
const ready = loadMessages(settings.lang).then((locale) => {
  const analyzer = new RecordAnalyzer({
    locale,
    maxDepth: settings.maxDepth,
    shared: false,
    duplicateKeys: settings.duplicateKeys,
    // Workers start only on large inputs (see parallelismOf): checking the first records of each type
    // without compiling, as the main thread does for small files, would only cost time here.
    compileAtOnce: true,
    ...(settings.profile === undefined ? {} : { profile: settings.profile }),
  });
  return batchContext(analyzer, new RecordParser(locale), settings.packIds, settings.chains);
});

// Batches are answered in the order they came: each waits on the same settled promise.
parentPort?.on("message", (request: BatchRequest) => {
  ready.then((context) => answer(request, context));
});

function answer(request: BatchRequest, context: BatchContext): void {
  let reply: BatchReply;
  try {
    const { numbers, extras } = analyzeBatch(request, context, request.numbers);
    reply = { id: request.id, numbers, extras, bytes: request.bytes, lines: request.lines };
  } catch (error) {
    reply = {
      id: request.id,
      error: error instanceof Error ? (error.stack ?? error.message) : String(error),
    };
  }
  // Every buffer goes back, moved rather than copied, for the main thread to reuse.
  parentPort?.postMessage(
    reply,
    "numbers" in reply ? [reply.numbers.buffer, reply.bytes.buffer, reply.lines.buffer] : [],
  );
}
