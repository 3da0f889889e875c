import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from "vitest";
import type { Database } from "../db/database.js";
import { NodeStore, type PurgeResult } from "../db/node-store.js";
import { openDatabase } from "../db/open-database.js";
import { BACKENDS, databaseFor } from "../testing/databases.js";
import { acceptedEnvelope, SYNTHETIC_BODY } from "../testing/received-envelopes.js";
import {
  MIN_PURGE_DELAY_MS,
  nextPurgeDelay,
  type PurgeLogLine,
  startPurgeSchedule,
} from "./purge-schedule.js";

const AT = new Date("2024-05-01T00:00:00.000Z");

/**
 * A store whose purge answers with `answer` each time, counting its calls, and whose next body falls due at
 * `due` (none by default).
 */
function fakeStore(
  answer: () => Promise<PurgeResult>,
  due: () => Promise<number | undefined> = async () => undefined,
) {
  const calls: Date[] = [];
  const store = {
    purge: (now: Date) => {
      calls.push(now);
      return answer();
    },
    nextBodyDue: due,
  } as unknown as NodeStore;
  return { store, calls };
}

afterEach(() => {
  vi.useRealTimers();
});

describe("the purge schedule", () => {
  it("refuses an interval a timer cannot take", async () => {
    const { store, calls } = fakeStore(async () => ({ retention: 0, expired: 0, unreadableRetention: 0 }));
    for (const interval of [-1, 1.5, Number.NaN, Number.POSITIVE_INFINITY, 2 ** 31])
      await expect(
        startPurgeSchedule(
          store,
          interval,
          () => AT,
          () => {},
        ),
        String(interval),
      ).rejects.toThrow(RangeError);
    expect(calls).toEqual([]);
  });

  it("with 0, never purges, not even at start", async () => {
    vi.useFakeTimers({ toFake: ["setTimeout", "clearTimeout"] });
    const { store, calls } = fakeStore(async () => ({ retention: 0, expired: 0, unreadableRetention: 0 }));
    const schedule = await startPurgeSchedule(
      store,
      0,
      () => AT,
      () => {},
    );
    await vi.advanceTimersByTimeAsync(10 * 60 * 60 * 1000);
    await schedule.stop();
    expect(calls).toEqual([]);
  });

  it("logs a failed purge without throwing, and tries again at the next tick", async () => {
    vi.useFakeTimers({ toFake: ["setTimeout", "clearTimeout"] });
    const lines: PurgeLogLine[] = [];
    let fail = true;
    const { store, calls } = fakeStore(async () => {
      if (fail) throw new Error("connection lost to db.example (password secret)");
      return { retention: 2, expired: 1, unreadableRetention: 0 };
    });
    const schedule = await startPurgeSchedule(
      store,
      1000,
      () => AT,
      (line) => lines.push(line),
    );
    fail = false;
    await vi.advanceTimersByTimeAsync(1000);
    await schedule.stop();
    await vi.advanceTimersByTimeAsync(5000);
    expect(calls.length).toBe(2);
    expect(lines).toEqual([
      { time: AT.toISOString(), event: "purge", failed: true },
      {
        time: AT.toISOString(),
        event: "purge",
        failed: false,
        retention: 2,
        expired: 1,
        unreadableRetention: 0,
      },
    ]);
    expect(JSON.stringify(lines)).not.toContain("secret");
  });

  it("does not start a second purge while one is still running", async () => {
    vi.useFakeTimers({ toFake: ["setTimeout", "clearTimeout"] });
    let release: (() => void) | undefined;
    let first = true;
    const { store, calls } = fakeStore(async () => {
      if (!first) await new Promise<void>((resolve) => (release = resolve));
      first = false;
      return { retention: 0, expired: 0, unreadableRetention: 0 };
    });
    const schedule = await startPurgeSchedule(
      store,
      1000,
      () => AT,
      () => {},
    );
    await vi.advanceTimersByTimeAsync(1000);
    await vi.advanceTimersByTimeAsync(1000);
    await vi.advanceTimersByTimeAsync(1000);
    expect(calls.length).toBe(2);
    const stopped = schedule.stop();
    release?.();
    await stopped;
    expect(calls.length).toBe(2);
  });

  it("purges again when the next body falls due, at most after the interval, at least a second later", async () => {
    vi.useFakeTimers({ toFake: ["setTimeout", "clearTimeout"] });
    const nothing = async () => ({ retention: 0, expired: 0, unreadableRetention: 0 });
    // Due in 90 s, the interval an hour: after 90 s.
    let dueMs: number | undefined = AT.getTime() + 90_000;
    const { store, calls } = fakeStore(nothing, async () => dueMs);
    const schedule = await startPurgeSchedule(
      store,
      60 * 60 * 1000,
      () => AT,
      () => {},
    );
    dueMs = AT.getTime() - 5000; // already due (a purge that could not delete it): not at once, a second later
    await vi.advanceTimersByTimeAsync(89_999);
    expect(calls.length).toBe(1);
    await vi.advanceTimersByTimeAsync(1);
    expect(calls.length).toBe(2);
    dueMs = AT.getTime() + 3 * 60 * 60 * 1000; // later than the interval: after the interval
    await vi.advanceTimersByTimeAsync(999);
    expect(calls.length).toBe(2);
    await vi.advanceTimersByTimeAsync(1);
    expect(calls.length).toBe(3);
    await vi.advanceTimersByTimeAsync(60 * 60 * 1000 - 1);
    expect(calls.length).toBe(3);
    await vi.advanceTimersByTimeAsync(1);
    expect(calls.length).toBe(4);
    await schedule.stop();
    await vi.advanceTimersByTimeAsync(10 * 60 * 60 * 1000);
    expect(calls.length).toBe(4);
  });

  it("falls back to the interval when the next due time cannot be read", async () => {
    vi.useFakeTimers({ toFake: ["setTimeout", "clearTimeout"] });
    const { store, calls } = fakeStore(
      async () => ({ retention: 0, expired: 0, unreadableRetention: 0 }),
      async () => {
        throw new Error("connection lost");
      },
    );
    const schedule = await startPurgeSchedule(
      store,
      2000,
      () => AT,
      () => {},
    );
    await vi.advanceTimersByTimeAsync(1999);
    expect(calls.length).toBe(1);
    await vi.advanceTimersByTimeAsync(1);
    expect(calls.length).toBe(2);
    await schedule.stop();
  });

  it("waits until the due time, clamped between a second and the interval", () => {
    const now = new Date("2024-05-01T00:00:00.000Z");
    const hour = 3_600_000;
    expect(nextPurgeDelay(hour, now, undefined)).toBe(hour);
    expect(nextPurgeDelay(hour, now, Date.parse("2024-05-01T00:05:00.000Z"))).toBe(300_000);
    expect(nextPurgeDelay(hour, now, Date.parse("2024-05-01T01:00:00.001Z"))).toBe(hour);
    expect(nextPurgeDelay(hour, now, Date.parse("2024-05-01T00:00:00.200Z"))).toBe(1000);
    expect(nextPurgeDelay(hour, now, Date.parse("2023-05-01T00:00:00.000Z"))).toBe(1000);
    expect(nextPurgeDelay(hour, now, Number.NaN)).toBe(hour);
    // An interval shorter than a second stays the operator's choice.
    expect(nextPurgeDelay(500, now, Date.parse("2024-05-01T00:05:00.000Z"))).toBe(500);
    expect(MIN_PURGE_DELAY_MS).toBe(1000);
  });
});

describe.each(BACKENDS)("the purge schedule on a real store (%s)", (backend) => {
  const MINUTE = 60 * 1000;
  const HOUR = 60 * MINUTE;
  let db: Database;
  let store: NodeStore;
  /** The test's clock: moved on together with the fake timers. */
  let now = AT;
  const calls: Date[] = [];
  let purged: (() => void) | undefined;
  /** The store the schedule sees: the real one, counting purges. */
  let watched: NodeStore;

  beforeAll(async () => {
    db = await openDatabase(await databaseFor(backend, "schedule"));
    store = new NodeStore(db);
    watched = Object.assign(Object.create(store) as NodeStore, {
      purge: (at: Date) => {
        calls.push(at);
        return store.purge(at);
      },
    });
  });
  afterEach(async () => {
    vi.useRealTimers();
    calls.length = 0;
    now = AT;
    purged = undefined;
    await db.query("DELETE FROM received_envelopes");
  });
  afterAll(async () => {
    await db?.close();
  });

  /** Moves the clock and the timers on by `ms`; resolves once a purge that fell due is over. */
  const laterBy = async (ms: number) => {
    const before = calls.length;
    const over = new Promise<void>((resolve) => (purged = resolve));
    now = new Date(now.getTime() + ms);
    vi.advanceTimersByTime(ms);
    if (calls.length > before) await over;
  };
  /** Only timeouts are fake: the database keeps its own sockets; the schedule's clock is `now`. */
  const start = (intervalMs: number) => {
    vi.useFakeTimers({ toFake: ["setTimeout", "clearTimeout"] });
    // Each purge's line comes once the next purge is set.
    return startPurgeSchedule(
      watched,
      intervalMs,
      () => now,
      () => purged?.(),
    );
  };

  it("deletes a body due in 5 minutes at 5 minutes, not at the hour", async () => {
    // Received a day less five minutes before, kept for a day.
    const body = acceptedEnvelope({ retention: "P1D" });
    expect(await store.saveEnvelope(body, new Date("2024-04-30T00:05:00.000Z"))).toBe(true);
    const schedule = await start(HOUR);
    expect(calls.map((at) => at.toISOString())).toEqual(["2024-05-01T00:00:00.000Z"]);
    await laterBy(5 * MINUTE - 1000);
    expect(calls.length).toBe(1);
    expect(await store.envelope(body.messageId)).toBe(SYNTHETIC_BODY);
    await laterBy(1000);
    expect(calls.map((at) => at.toISOString())).toEqual([
      "2024-05-01T00:00:00.000Z",
      "2024-05-01T00:05:00.000Z",
    ]);
    expect(await store.envelope(body.messageId)).toBeUndefined();
    expect(await store.deletionOf(body.messageId)).toEqual({
      deletedAt: "2024-05-01T00:05:00.000Z",
      because: "retention",
    });
    // Nothing left: the regular hour again.
    await laterBy(HOUR - 1000);
    expect(calls.length).toBe(2);
    await laterBy(1000);
    expect(calls.length).toBe(3);
    await schedule.stop();
  });

  it("with nothing stored, purges at the regular interval", async () => {
    const schedule = await start(HOUR);
    expect(calls.length).toBe(1);
    await laterBy(HOUR - 1000);
    expect(calls.length).toBe(1);
    await laterBy(1000);
    expect(calls.length).toBe(2);
    await laterBy(HOUR);
    expect(calls.length).toBe(3);
    await schedule.stop();
  });

  it("with purging off, schedules nothing even with a body due", async () => {
    const body = acceptedEnvelope({ retention: "P1D" });
    expect(await store.saveEnvelope(body, new Date("2024-04-30T00:05:00.000Z"))).toBe(true);
    const schedule = await start(0);
    expect(vi.getTimerCount()).toBe(0);
    await laterBy(10 * HOUR);
    expect(calls).toEqual([]);
    expect(await store.envelope(body.messageId)).toBe(SYNTHETIC_BODY);
    await schedule.stop();
  });
});
