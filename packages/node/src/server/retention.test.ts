import { type SealOptions, sealEnvelope } from "@tip/exchange";
import { directoryOf, exampleBundleFor, NOW, type TestAgency, threeAgencies } from "@tip/exchange/testing";
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from "vitest";
import { NodeClient } from "../client/node-client.js";
import { BACKENDS, databaseFor } from "../testing/databases.js";
import { expectedProblem } from "../testing/problems.js";
import type { PurgeLogLine } from "./purge-schedule.js";
import { type RunningNode, startNode } from "./start-node.js";

const MINUTE = 60 * 1000;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;

describe.each(BACKENDS)("a node deletes what it may no longer keep (%s)", (backend) => {
  let a: TestAgency;
  let b: TestAgency;
  let node: RunningNode;
  let now = NOW;
  const clock = () => now;
  const purges: PurgeLogLine[] = [];
  let waiting: (() => void) | undefined;
  /** Resolves with the next purge's log line. */
  const nextPurge = () =>
    new Promise<PurgeLogLine>((resolve) => {
      waiting = () => resolve(purges.at(-1) as PurgeLogLine);
    });

  beforeAll(async () => {
    // Only the timeouts are fake (the purge schedule's timer): the database and the HTTP server keep their
    // sockets, and the clock is the test's `now`.
    vi.useFakeTimers({ toFake: ["setTimeout", "clearTimeout"] });
    ({ a, b } = await threeAgencies());
    node = await startNode({
      keys: b.keys,
      trust: await directoryOf([a.publicKeys, b.publicKeys]),
      clock,
      log: () => {},
      purgeIntervalMs: HOUR,
      purgeLog: (line) => {
        purges.push(line);
        waiting?.();
      },
      ...(await databaseFor(backend, "retention")),
    });
  });
  afterEach(() => {
    waiting = undefined;
  });
  let closed = false;
  afterAll(async () => {
    if (!closed) await node?.close();
    vi.useRealTimers();
  });

  const sealed = async (extra: Partial<SealOptions>) => {
    const result = await sealEnvelope(exampleBundleFor([b]), {
      keys: a.keys,
      to: (await directoryOf([b.publicKeys])).agencies,
      purpose: "referral_transnational",
      agreement: "DSA-TT-VE-2024-01",
      retention: "P5Y",
      now,
      ...extra,
    });
    if (!result.ok) throw new Error(`not sealed: ${result.problem.code}`);
    return { text: JSON.stringify(result.envelope), id: result.header.messageId };
  };
  const client = (agency: TestAgency) => new NodeClient({ url: node.url, keys: agency.keys, clock });
  /** Moves the clock and the timers on by `ms`, and waits for the purge that falls due. */
  const laterBy = async (ms: number) => {
    now = new Date(now.getTime() + ms);
    const purged = nextPurge();
    await vi.advanceTimersByTimeAsync(HOUR);
    return purged;
  };

  it("purged at start, then every hour: a body goes once its retention runs out, and answers 410", async () => {
    expect(purges).toEqual([
      {
        time: NOW.toISOString(),
        event: "purge",
        failed: false,
        retention: 0,
        expired: 0,
        unreadableRetention: 0,
      },
    ]);
    // Kept for a day (and openable for a week): received at NOW.
    const short = await sealed({ retention: "P1D", expiresAt: new Date(NOW.getTime() + 7 * DAY) });
    // Never acknowledged; it can be opened for two hours only.
    const unread = await sealed({ expiresAt: new Date(NOW.getTime() + 2 * HOUR) });
    // Acknowledged before it expires: kept for its five years.
    const taken = await sealed({ expiresAt: new Date(NOW.getTime() + 2 * HOUR) });
    for (const { text } of [short, unread, taken]) expect((await client(a).send(text)).status).toBe(201);
    expect((await client(b).acknowledge(taken.id)).status).toBe(200);

    // An hour later: nothing due.
    expect(await laterBy(HOUR)).toMatchObject({ retention: 0, expired: 0 });
    // Two hours and six minutes after: the unread one expired (five minutes of clock skew allowed).
    expect(await laterBy(HOUR + 6 * MINUTE)).toMatchObject({ retention: 0, expired: 1 });
    const gone = await client(b).fetchEnvelope(unread.id);
    expect(gone.status).toBe(410);
    expect(gone.body).toEqual(
      expectedProblem(410, "envelope_deleted", { because: "expired", deletedAt: now.toISOString() }),
    );
    expect((await client(b).fetchEnvelope(taken.id)).status).toBe(200);

    // One hour before the day is out: kept; the hour after: gone.
    expect(await laterBy(DAY - 3 * HOUR - 6 * MINUTE)).toMatchObject({ retention: 0 });
    expect((await client(b).fetchEnvelope(short.id)).body).toEqual({ envelope: short.text });
    expect(await laterBy(HOUR)).toMatchObject({ retention: 1, expired: 0 });
    const answer = await client(b).fetchEnvelope(short.id);
    expect(answer).toEqual({
      status: 410,
      body: expectedProblem(410, "envelope_deleted", { because: "retention", deletedAt: now.toISOString() }),
    });
    expect(JSON.stringify(answer.body)).not.toContain(short.id);

    // The inbox says which are gone; an acknowledgement still works; the message id is still refused.
    const items = (await client(b).inbox()).body.items as Record<string, unknown>[];
    expect(items.map((item) => [item.messageId, item.deletedBecause])).toEqual([
      [short.id, "retention"],
      [unread.id, "expired"],
      [taken.id, null],
    ]);
    expect((await client(b).acknowledge(short.id)).status).toBe(200);
    expect((await client(b).acknowledge(unread.id)).status).toBe(200);
    const again = await client(a).send(short.text);
    expect([again.status, again.body.code]).toEqual([409, "replayed"]);
    expect((await client(b).fetchEnvelope(taken.id)).status).toBe(200);
  });

  it("never hands out a body that fell due since the last purge", async () => {
    const soon = await sealed({ retention: "P1D", expiresAt: new Date(now.getTime() + 7 * DAY) });
    expect((await client(a).send(soon.text)).status).toBe(201);
    const before = purges.length;
    // A day later, with no purge run in between.
    now = new Date(now.getTime() + DAY);
    expect(await client(b).fetchEnvelope(soon.id)).toEqual({
      status: 410,
      body: expectedProblem(410, "envelope_deleted", { because: "retention", deletedAt: now.toISOString() }),
    });
    expect(purges.length).toBe(before);
  });

  it("stops purging once closed", async () => {
    const before = purges.length;
    await node.close();
    closed = true;
    await vi.advanceTimersByTimeAsync(3 * HOUR);
    expect(purges.length).toBe(before);
  });
});
