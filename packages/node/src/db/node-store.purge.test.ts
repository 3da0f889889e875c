import { randomUUID } from "node:crypto";
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { BACKENDS, databaseFor } from "../testing/databases.js";
import { acceptedEnvelope, SYNTHETIC_BODY } from "../testing/received-envelopes.js";
import type { Database } from "./database.js";
import { MIGRATIONS, migrate } from "./migrations.js";
import { NodeStore, type ReceivedEnvelope } from "./node-store.js";
import { openDatabase } from "./open-database.js";
import { openPglite } from "./pglite-database.js";
import { openPostgres } from "./postgres-database.js";

const SKEW = 5 * 60 * 1000;

describe.each(BACKENDS)("the purge of envelope bodies (%s)", (backend) => {
  let db: Database;
  let store: NodeStore;

  beforeAll(async () => {
    db = await openDatabase(await databaseFor(backend, "purge"));
    store = new NodeStore(db);
  });
  afterEach(async () => {
    await db.query("DELETE FROM received_envelopes");
  });
  afterAll(async () => {
    await db?.close();
  });

  /** Stores an accepted envelope received at `at`; its message id. */
  const receive = async (at: string, fields: Partial<ReceivedEnvelope> = {}) => {
    const envelope = acceptedEnvelope(fields);
    expect(await store.saveEnvelope(envelope, new Date(at))).toBe(true);
    return envelope.messageId;
  };
  const purgeAt = (at: string) => store.purge(new Date(at));
  const kept = async (id: string) => (await store.envelope(id)) === SYNTHETIC_BODY;

  it("keeps a body until its retention runs out, and deletes it from that instant", async () => {
    const day = await receive("2024-03-10T12:00:00.000Z", { retention: "P1D" });
    const month = await receive("2024-03-10T12:00:00.000Z", { retention: "P30D" });
    expect(await purgeAt("2024-03-11T11:59:59.999Z")).toEqual({
      retention: 0,
      expired: 0,
      unreadableRetention: 0,
    });
    expect(await kept(day)).toBe(true);
    expect(await purgeAt("2024-03-11T12:00:00.000Z")).toMatchObject({ retention: 1 });
    expect(await kept(day)).toBe(false);
    expect(await store.deletionOf(day)).toEqual({
      deletedAt: "2024-03-11T12:00:00.000Z",
      because: "retention",
    });
    // One day before the 30 days: kept; one millisecond after: gone.
    expect(await purgeAt("2024-04-08T12:00:00.000Z")).toMatchObject({ retention: 0 });
    expect(await kept(month)).toBe(true);
    expect(await purgeAt("2024-04-09T12:00:00.001Z")).toMatchObject({ retention: 1 });
    expect(await kept(month)).toBe(false);
  });

  it("counts months and years by the calendar, not as fixed numbers of days", async () => {
    // 31 January + 1 month is 29 February 2024 (a leap year), not 2 or 3 March.
    const month = await receive("2024-01-31T10:00:00.000Z", { retention: "P1M" });
    // 29 February 2024 + 1 year is 28 February 2025.
    const leapYear = await receive("2024-02-29T10:00:00.000Z", { retention: "P1Y" });
    // 1 March 2023 + 1 year is 1 March 2024: 366 days, so 365 days later it is still kept.
    const year = await receive("2023-03-01T10:00:00.000Z", { retention: "P1Y" });
    // 2 weeks are 14 days.
    const weeks = await receive("2024-01-01T00:00:00.000Z", { retention: "P2W" });
    // Each part of a combined duration counts: 1 January + 1 year 1 month 1 week 1 day = 9 February 2025.
    const mixed = await receive("2024-01-01T00:00:00.000Z", { retention: "P1Y1M1W1D" });

    await purgeAt("2024-01-14T23:59:59.999Z");
    expect(await kept(weeks)).toBe(true);
    await purgeAt("2024-01-15T00:00:00.000Z");
    expect(await kept(weeks)).toBe(false);

    await purgeAt("2024-02-29T09:59:59.999Z");
    expect(await kept(month)).toBe(true);
    expect(await kept(year)).toBe(true);
    await purgeAt("2024-02-29T10:00:00.000Z");
    expect(await kept(month)).toBe(false);
    expect(await kept(year)).toBe(true);
    await purgeAt("2024-03-01T10:00:00.000Z");
    expect(await kept(year)).toBe(false);

    await purgeAt("2025-02-08T23:59:59.999Z");
    expect(await kept(mixed)).toBe(true);
    await purgeAt("2025-02-09T00:00:00.000Z");
    expect(await kept(mixed)).toBe(false);

    await purgeAt("2025-02-28T09:59:59.999Z");
    expect(await kept(leapYear)).toBe(true);
    await purgeAt("2025-02-28T10:00:00.000Z");
    expect(await kept(leapYear)).toBe(false);
  });

  it("deletes the body of an envelope never acknowledged once it expired; an acknowledged one waits for retention", async () => {
    const expiresAt = "2024-01-08T12:00:00.000Z";
    const pending = await receive("2024-01-02T00:00:00.000Z", { expiresAt });
    const taken = await receive("2024-01-02T00:00:00.000Z", { expiresAt, retention: "P1M" });
    expect(await store.acknowledge(taken, new Date("2024-01-03T00:00:00.000Z"))).toBeDefined();

    // Still within the clock skew an envelope may be opened in.
    const skewEnds = new Date(Date.parse(expiresAt) + SKEW);
    expect(await store.purge(new Date(skewEnds.getTime() - 1))).toMatchObject({ expired: 0 });
    expect(await kept(pending)).toBe(true);
    expect(await store.purge(skewEnds)).toEqual({ retention: 0, expired: 1, unreadableRetention: 0 });
    expect(await kept(pending)).toBe(false);
    expect(await store.deletionOf(pending)).toEqual({
      deletedAt: "2024-01-08T12:05:00.000Z",
      because: "expired",
    });
    expect(await kept(taken)).toBe(true);
    expect(await purgeAt("2024-02-01T23:59:59.999Z")).toMatchObject({ retention: 0, expired: 0 });
    expect(await kept(taken)).toBe(true);
    expect(await purgeAt("2024-02-02T00:00:00.000Z")).toMatchObject({ retention: 1, expired: 0 });
    expect(await kept(taken)).toBe(false);
  });

  it("keeps the row: the message id is still refused, the receipt still found, the inbox says so", async () => {
    const id = await receive("2024-01-01T00:00:00.000Z", { retention: "P1D" });
    await purgeAt("2024-01-03T00:00:00.000Z");
    expect(await store.seen(id)).toBe(true);
    expect(
      await store.saveEnvelope(acceptedEnvelope({ messageId: id }), new Date("2024-01-03T00:00:00.000Z")),
    ).toBe(false);
    expect(await store.receiptOf(id)).toEqual({ sender: "tt-agency", receipt: '{"synthetic":true}' });
    expect(await store.inbox(0, 10, false)).toEqual([
      expect.objectContaining({
        messageId: id,
        deletedAt: "2024-01-03T00:00:00.000Z",
        deletedBecause: "retention",
      }),
    ]);
    // An acknowledgement still works after the body is gone.
    expect(await store.acknowledge(id, new Date("2024-01-04T00:00:00.000Z"))).toBe(
      "2024-01-04T00:00:00.000Z",
    );
    const rows = await db.query<{ digest: string; outcome: string }>(
      "SELECT digest, outcome FROM received_envelopes WHERE message_id = $1",
      [id],
    );
    expect(rows).toEqual([{ digest: "sha256-synthetic", outcome: "accepted" }]);
  });

  it("says whether one body is due, by the same rules, without deleting it", async () => {
    const id = await receive("2024-01-01T00:00:00.000Z", { retention: "P1M" });
    const unread = await receive("2024-01-01T00:00:00.000Z", { expiresAt: "2024-01-02T00:00:00.000Z" });
    const weird = await receive("2020-01-01T00:00:00.000Z", { retention: "forever" });
    expect(await store.isDue(id, new Date("2024-01-31T23:59:59.999Z"))).toBe(false);
    expect(await store.isDue(id, new Date("2024-02-01T00:00:00.000Z"))).toBe(true);
    expect(await store.isDue(unread, new Date("2024-01-02T00:04:59.999Z"))).toBe(false);
    expect(await store.isDue(unread, new Date("2024-01-02T00:05:00.000Z"))).toBe(true);
    expect(await store.isDue(weird, new Date("2099-01-01T00:00:00.000Z"))).toBe(false);
    expect(await store.isDue(randomUUID(), new Date("2099-01-01T00:00:00.000Z"))).toBe(false);
    expect(await kept(id)).toBe(true);
    await purgeAt("2024-02-01T00:00:00.000Z");
    expect(await store.isDue(id, new Date("2024-03-01T00:00:00.000Z"))).toBe(false);
  });

  it("says when the next body falls due, by the same rules, and a purge at that instant deletes it", async () => {
    const due = async () => {
      const ms = await store.nextBodyDue();
      return ms === undefined ? undefined : new Date(ms).toISOString();
    };
    expect(await due()).toBeUndefined();
    // Retention by the calendar: 31 January plus one month is the last day of February (2024: the 29th).
    const month = await receive("2024-01-31T10:00:00.000Z", { retention: "P1M" });
    expect(await due()).toBe("2024-02-29T10:00:00.000Z");
    // Never acknowledged: its expiry plus the five minutes of clock skew comes first.
    const pending = await receive("2024-01-31T10:00:00.000Z", { expiresAt: "2024-02-10T08:00:00.000Z" });
    expect(await due()).toBe("2024-02-10T08:05:00.000Z");
    // Acknowledged, its expiry no longer counts: back to the retention.
    expect(await store.acknowledge(pending, new Date("2024-02-01T00:00:00.000Z"))).toBeDefined();
    expect(await due()).toBe("2024-02-29T10:00:00.000Z");
    // A retention this node cannot read is never due; a body already deleted is not either.
    await receive("2024-01-01T00:00:00.000Z", { retention: "PT1H" });
    await db.query("UPDATE received_envelopes SET retention = 'forever' WHERE retention = 'PT1H'");
    expect(await due()).toBe("2024-02-29T10:00:00.000Z");
    expect(await purgeAt("2024-02-29T09:59:59.999Z")).toMatchObject({ retention: 0, expired: 0 });
    expect(await purgeAt("2024-02-29T10:00:00.000Z")).toMatchObject({ retention: 1, expired: 0 });
    expect(await kept(month)).toBe(false);
    expect(await due()).toBe("2029-01-31T10:00:00.000Z");
    // A skew of its own is counted too.
    const soon = await receive("2024-03-01T00:00:00.000Z", { expiresAt: "2024-03-02T00:00:00.000Z" });
    expect(await kept(soon)).toBe(true);
    expect(new Date((await store.nextBodyDue(0)) ?? 0).toISOString()).toBe("2024-03-02T00:00:00.000Z");
  });

  it("leaves rejected envelopes alone and a second purge finds nothing more", async () => {
    await receive("2020-01-01T00:00:00.000Z", { outcome: "rejected", envelope: undefined as never });
    const id = await receive("2020-01-01T00:00:00.000Z", { retention: "P1Y" });
    expect(await purgeAt("2024-01-01T00:00:00.000Z")).toEqual({
      retention: 1,
      expired: 0,
      unreadableRetention: 0,
    });
    expect(await purgeAt("2024-01-02T00:00:00.000Z")).toEqual({
      retention: 0,
      expired: 0,
      unreadableRetention: 0,
    });
    expect(await store.deletionOf(id)).toEqual({
      deletedAt: "2024-01-01T00:00:00.000Z",
      because: "retention",
    });
    const rejected = await db.query<{ n: number }>(
      "SELECT count(*)::int AS n FROM received_envelopes WHERE outcome = 'rejected' AND envelope_deleted_at IS NULL",
    );
    expect(rejected[0]?.n).toBe(1);
  });

  it("skips and counts a stored retention that is not a duration, and still purges the others", async () => {
    const hostile = [
      "forever",
      "",
      "P",
      "P1",
      "PT1H",
      "1 day",
      "P99999Y",
      "P1Y\n",
      " P1Y",
      "-P1Y",
      "P1D'; DROP TABLE received_envelopes; --",
      "__proto__",
    ];
    const weird = [];
    for (const retention of hostile) weird.push(await receive("2020-01-01T00:00:00.000Z", { retention }));
    const due = await receive("2020-01-01T00:00:00.000Z", { retention: "P1Y" });
    // Unreadable, but never acknowledged and expired: deleted as expired all the same.
    const expiredWeird = await receive("2020-01-01T00:00:00.000Z", {
      retention: "forever",
      expiresAt: "2020-02-01T00:00:00.000Z",
    });
    for (const id of weird) await store.acknowledge(id, new Date("2020-01-02T00:00:00.000Z"));
    await store.acknowledge(due, new Date("2020-01-02T00:00:00.000Z"));

    expect(await purgeAt("2024-01-01T00:00:00.000Z")).toEqual({
      retention: 1,
      expired: 1,
      unreadableRetention: hostile.length,
    });
    expect(await kept(due)).toBe(false);
    expect(await kept(expiredWeird)).toBe(false);
    for (const id of weird) expect(await kept(id)).toBe(true);
    const rows = await db.query<{ n: number }>("SELECT count(*)::int AS n FROM received_envelopes");
    expect(rows[0]?.n).toBe(hostile.length + 2);
  });

  it("several purges at once delete each body once", async () => {
    const ids = [];
    for (let i = 0; i < 12; i++)
      ids.push(await receive("2020-01-01T00:00:00.000Z", { retention: i % 2 === 0 ? "P1Y" : "P10Y" }));
    const results = await Promise.all([1, 2, 3].map(() => purgeAt("2024-01-01T00:00:00.000Z")));
    expect(results.reduce((sum, result) => sum + result.retention, 0)).toBe(6);
    for (const [i, id] of ids.entries()) expect(await kept(id)).toBe(i % 2 !== 0);
  });

  it("still refuses an accepted envelope stored without a body and not deleted", async () => {
    await expect(
      db.query(
        `INSERT INTO received_envelopes (message_id, sender, purpose, agreement, retention, tlp, created_at,
           expires_at, received_at, digest, outcome, envelope, receipt)
         VALUES ($1, 's', 'p', 'a', 'P1Y', 'clear', now(), now(), now(), 'd', 'accepted', NULL, '{}')`,
        [randomUUID()],
      ),
    ).rejects.toThrow(/received_envelopes_body/);
    await expect(
      db.query(
        `INSERT INTO received_envelopes (message_id, sender, purpose, agreement, retention, tlp, created_at,
           expires_at, received_at, digest, outcome, envelope, receipt, envelope_deleted_at,
           envelope_deleted_because)
         VALUES ($1, 's', 'p', 'a', 'P1Y', 'clear', now(), now(), now(), 'd', 'rejected', NULL, '{}', now(),
           'retention')`,
        [randomUUID()],
      ),
    ).rejects.toThrow(/received_envelopes_body/);
  });

  it("upgrades a database made by the first migration, its rows kept and purged like new ones", async () => {
    const options = await databaseFor(backend, "upgrade");
    const old =
      options.databaseUrl === undefined
        ? await openPglite(undefined, options.pgliteSnapshot)
        : await openPostgres(options.databaseUrl, options.schema);
    try {
      await migrate(old, MIGRATIONS.slice(0, 1));
      const oldStore = new NodeStore(old);
      const id = randomUUID();
      expect(
        await oldStore.saveEnvelope(
          acceptedEnvelope({ messageId: id, retention: "P1D" }),
          new Date("2024-01-01T00:00:00.000Z"),
        ),
      ).toBe(true);
      await migrate(old);
      expect(await oldStore.envelope(id)).toBe(SYNTHETIC_BODY);
      expect(await oldStore.purge(new Date("2024-01-02T00:00:00.000Z"))).toMatchObject({ retention: 1 });
      expect(await oldStore.deletionOf(id)).toMatchObject({ because: "retention" });
    } finally {
      await old.close();
    }
  });
});

describe("the purge counts in UTC whatever the session's time zone", () => {
  it("a day of retention across a daylight-saving change is 24 hours (PGlite, one session)", async () => {
    const db = await openDatabase(await databaseFor("pglite", "zone"));
    try {
      const store = new NodeStore(db);
      await db.query("SET TIME ZONE 'Europe/Paris'");
      // Paris moved its clocks forward on 31 March 2024: a local day then lasted 23 hours.
      const envelope = acceptedEnvelope({ retention: "P1D" });
      await store.saveEnvelope(envelope, new Date("2024-03-30T12:00:00.000Z"));
      await store.purge(new Date("2024-03-31T11:30:00.000Z"));
      expect(await store.envelope(envelope.messageId)).toBe(SYNTHETIC_BODY);
      await store.purge(new Date("2024-03-31T12:00:00.000Z"));
      expect(await store.envelope(envelope.messageId)).toBeUndefined();
    } finally {
      await db.close();
    }
  });
});
