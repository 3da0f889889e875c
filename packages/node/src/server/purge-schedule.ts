import type { NodeStore, PurgeResult } from "../db/node-store.js";

/** How often a node deletes the bodies it may no longer keep at the latest, by default: every hour. */
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

/** The shortest wait between two purges when a body falls due sooner (unless the interval itself is shorter). */
export const MIN_PURGE_DELAY_MS = 1000;

/**
 * How long to wait before the next purge: until the next body falls due (`dueMs`, from
 * `NodeStore.nextBodyDue`), but never longer than `intervalMs`, and never less than `MIN_PURGE_DELAY_MS`
 * (a body already due waits that long, so a purge that keeps failing to delete it cannot spin).
 */
export function nextPurgeDelay(intervalMs: number, now: Date, dueMs: number | undefined): number {
  if (dueMs === undefined || !Number.isFinite(dueMs)) return intervalMs;
  return Math.min(intervalMs, Math.max(MIN_PURGE_DELAY_MS, Math.ceil(dueMs - now.getTime())));
}

/**
 * Purges now, then again when the next stored body falls due or after `intervalMs`, whichever comes first
 * (0: never, not even now), reading the time from `clock`. The timer does not keep the process alive; the
 * next purge is set only once the last one ended, so two never overlap; a failure is logged and the next one
 * tries again after `intervalMs`. Each purge's line is logged once the next purge is set. Resolves once the
 * first purge is done.
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
  let stopped = false;
  let timer: ReturnType<typeof setTimeout> | undefined;
  /** Purges once, sets the next purge, then logs: whoever reads the log finds the next purge already set. */
  const cycle = async (): Promise<void> => {
    const time = clock();
    let line: PurgeLogLine = { time: time.toISOString(), event: "purge", failed: true };
    let delay = intervalMs;
    try {
      const result = await store.purge(time);
      line = { ...line, failed: false, ...result };
      // A failure here leaves the regular interval, as after a failed purge.
      delay = nextPurgeDelay(intervalMs, clock(), await store.nextBodyDue());
    } catch {}
    if (!stopped) {
      timer = setTimeout(() => {
        running = cycle();
      }, delay);
      timer.unref();
    }
    log(line);
  };
  let running = cycle();
  await running;
  return {
    async stop() {
      stopped = true;
      clearTimeout(timer);
      await running;
    },
  };
}
