import type { NodeStore, PurgeResult } from "../db/node-store.js";

/** How often a node deletes the bodies it may no longer keep, by default: every hour. */
export const DEFAULT_PURGE_INTERVAL_MS = 60 * 60 * 1000;

/** The longest interval a timer takes (about 24.8 days); a longer one would fire at once. */
export const MAX_PURGE_INTERVAL_MS = 2 ** 31 - 1;

/** One purge's line of the node's log: counts only, never an id. `failed` when the database refused it. */
export type PurgeLogLine = { readonly time: string; readonly event: "purge" } & (
  | ({ readonly failed: false } & PurgeResult)
  | { readonly failed: true }
);

/** Where purge lines go. The default writes one JSON object a line to standard error when a count is not 0. */
export type PurgeLogger = (line: PurgeLogLine) => void;

export const stderrPurgeLogger: PurgeLogger = (line) => {
  if (line.failed || line.retention + line.expired + line.unreadableRetention > 0)
    process.stderr.write(`${JSON.stringify(line)}\n`);
};

/** A running purge schedule. */
export interface PurgeSchedule {
  /** Stops the timer and waits for a purge under way to end. */
  stop(): Promise<void>;
}

/**
 * Purges now, then every `intervalMs` (0: never, not even now), reading the time from `clock`. The timer does
 * not keep the process alive; a purge still running when the next is due is not doubled; a failure is logged
 * and the next one tries again. Resolves once the first purge is done.
 */
export async function startPurgeSchedule(
  store: NodeStore,
  intervalMs: number,
  clock: () => Date,
  log: PurgeLogger,
): Promise<PurgeSchedule> {
  if (!Number.isSafeInteger(intervalMs) || intervalMs < 0 || intervalMs > MAX_PURGE_INTERVAL_MS)
    throw new RangeError(`purgeIntervalMs must be a whole number from 0 to ${MAX_PURGE_INTERVAL_MS}`);
  if (intervalMs === 0) return { stop: async () => {} };
  let running: Promise<void> | undefined;
  const run = () => {
    running ??= (async () => {
      const time = clock();
      try {
        const result = await store.purge(time);
        log({ time: time.toISOString(), event: "purge", failed: false, ...result });
      } catch {
        log({ time: time.toISOString(), event: "purge", failed: true });
      } finally {
        running = undefined;
      }
    })();
    return running;
  };
  await run();
  const timer = setInterval(run, intervalMs);
  timer.unref();
  return {
    async stop() {
      clearInterval(timer);
      await running;
    },
  };
}
