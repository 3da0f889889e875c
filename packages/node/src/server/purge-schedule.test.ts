import { afterEach, describe, expect, it, vi } from "vitest";
import type { NodeStore, PurgeResult } from "../db/node-store.js";
import { type PurgeLogLine, startPurgeSchedule } from "./purge-schedule.js";

const AT = new Date("2024-05-01T00:00:00.000Z");

/** A store whose purge answers with `answer` each time, counting its calls. */
function fakeStore(answer: () => Promise<PurgeResult>) {
  const calls: Date[] = [];
  const store = {
    purge: (now: Date) => {
      calls.push(now);
      return answer();
    },
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
    vi.useFakeTimers({ toFake: ["setInterval", "clearInterval"] });
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
    vi.useFakeTimers({ toFake: ["setInterval", "clearInterval"] });
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
    vi.useFakeTimers({ toFake: ["setInterval", "clearInterval"] });
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
});
