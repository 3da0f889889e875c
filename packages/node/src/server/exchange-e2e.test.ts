import {
  createStatusUpdate,
  type Envelope,
  MemoryReplayStore,
  openEnvelope,
  type SealOptions,
  sealEnvelope,
  verifyMessage,
  verifyReceipt,
} from "@tip/exchange";
import {
  AGENCY_IDS,
  directoryOf,
  exampleBundleFor,
  kidOf,
  NOW,
  type TestAgency,
  testAgency,
  threeAgencies,
} from "@tip/exchange/testing";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { NodeClient } from "../client/node-client.js";
import { NodeStore } from "../db/node-store.js";
import { openDatabase } from "../db/open-database.js";
import { BACKENDS, databaseFor, serverRequiredButMissing } from "../testing/databases.js";
import { expectedProblem } from "../testing/problems.js";
import type { RequestLogLine } from "./request-log.js";
import { type RunningNode, startNode } from "./start-node.js";

const REFERRAL_ID = "5d4c3b2a-1908-4f7e-8d6c-5b4a39281706";
const VICTIM_ID = "2b8e4f10-5c3a-4d7e-8f19-0a1b2c3d4e5f";
const HOUR = 60 * 60 * 1000;

it("a real PostgreSQL server is given in CI (TIP_TEST_DATABASE_URL or DATABASE_URL)", () => {
  expect(serverRequiredButMissing).toBe(false);
});

describe.each(BACKENDS)("two agencies exchange a referral through their nodes (%s)", (backend) => {
  let a: TestAgency;
  let b: TestAgency;
  let c: TestAgency;
  /** A's keys before a rotation: its signing key is revoked in B's directory. */
  let aOld: TestAgency;
  let nodeA: RunningNode;
  let nodeB: RunningNode;
  const logs: RequestLogLine[] = [];
  const clock = () => NOW;

  beforeAll(async () => {
    ({ a, b, c } = await threeAgencies());
    aOld = await testAgency({ agencyId: AGENCY_IDS.a, country: "TT" });
    const aBoth = { ...a.publicKeys, keys: [...a.publicKeys.keys, ...aOld.publicKeys.keys] };
    const revoked = [{ kid: kidOf(aOld, "sig"), revokedAt: "2023-12-01T00:00:00Z" }];
    const trust = await directoryOf([aBoth, b.publicKeys, c.publicKeys], revoked);
    const common = { trust, clock, log: (line: RequestLogLine) => logs.push(line) };
    [nodeA, nodeB] = await Promise.all([
      startNode({ ...common, keys: a.keys, ...(await databaseFor(backend, "a")) }),
      startNode({ ...common, keys: b.keys, ...(await databaseFor(backend, "b")) }),
    ]);
    expect(nodeB.database).toBe(backend);
  });
  afterAll(async () => {
    await Promise.all([nodeA?.close(), nodeB?.close()]);
  });

  /** Seals the example referral from A (or `from`) for B, with the options given. */
  const sealForB = async (extra: Partial<SealOptions> = {}, from: TestAgency = a) =>
    sealEnvelope(exampleBundleFor([b]), {
      keys: from.keys,
      to: (await directoryOf([b.publicKeys])).agencies,
      purpose: "referral_transnational",
      agreement: "DSA-TT-VE-2024-01",
      retention: "P5Y",
      now: NOW,
      ...extra,
    });
  const sealed = async (extra: Partial<SealOptions> = {}, from: TestAgency = a) => {
    const result = await sealForB(extra, from);
    if (!result.ok) throw new Error(`not sealed: ${result.problem.code}`);
    return result;
  };
  const client = (agency: TestAgency, node: RunningNode) =>
    new NodeClient({ url: node.url, keys: agency.keys, clock });

  it("A seals and sends; B's node opens, validates and stores it, and A verifies B's signed receipt", async () => {
    const { envelope, header, digest } = await sealed();
    const text = JSON.stringify(envelope);
    const answer = await client(a, nodeB).send(text);
    expect(answer.status).toBe(201);
    expect(answer.body.outcome).toBe("accepted");
    const trustA = await directoryOf([b.publicKeys]);
    const verified = await verifyReceipt(answer.body.receipt, {
      trust: trustA,
      agencyId: a.id,
      inReplyTo: header.messageId,
      digest,
      now: NOW,
    });
    expect(verified).toMatchObject({ ok: true, message: { outcome: "accepted", from: b.id, issues: [] } });

    // B lists its inbox, fetches the envelope exactly as sent (still encrypted), opens it, acknowledges it.
    const inbox = await client(b, nodeB).inbox({ pending: true });
    expect(inbox.status).toBe(200);
    expect(inbox.body.items).toEqual([
      expect.objectContaining({ messageId: header.messageId, sender: a.id, digest, acknowledgedAt: null }),
    ]);
    const fetched = await client(b, nodeB).fetchEnvelope(header.messageId);
    expect(fetched).toEqual({ status: 200, body: { envelope: text } });
    expect(text).not.toContain(VICTIM_ID);
    expect(text).not.toContain("Example region");
    const opened = await openEnvelope(text, {
      keys: b.keys,
      trust: await directoryOf([a.publicKeys]),
      replay: new MemoryReplayStore(),
      now: NOW,
    });
    expect(opened.ok && opened.validation.ok).toBe(true);
    expect(opened.ok && (opened.bundle.records as { id: string }[]).map((record) => record.id)).toContain(
      REFERRAL_ID,
    );
    const acked = await client(b, nodeB).acknowledge(header.messageId);
    expect(acked.status).toBe(200);
    expect((await client(b, nodeB).inbox({ pending: true })).body.items).toEqual([]);

    // Only B itself reads B's inbox.
    expect((await client(a, nodeB).inbox()).body).toEqual(expectedProblem(403, "forbidden"));
    expect((await client(a, nodeB).fetchEnvelope(header.messageId)).status).toBe(403);

    // Later B declines the referral; A's node verifies and keeps the update, and A sees it.
    const update = await createStatusUpdate({
      keys: b.keys,
      inReplyTo: header.messageId,
      to: a.id,
      referralId: REFERRAL_ID,
      status: "declined",
      now: new Date(NOW.getTime() + 1000),
    });
    expect((await client(b, nodeA).sendStatus(update)).status).toBe(201);
    expect((await client(b, nodeA).sendStatus(update)).body).toEqual(expectedProblem(409, "replayed"));
    const statuses = await client(a, nodeA).statuses({ about: header.messageId });
    expect(statuses.body.items).toEqual([
      expect.objectContaining({
        inReplyTo: header.messageId,
        sender: b.id,
        referralId: REFERRAL_ID,
        status: "declined",
      }),
    ]);
    const item = (statuses.body.items as { message: unknown }[])[0];
    const check = await verifyMessage(item?.message, {
      trust: await directoryOf([b.publicKeys]),
      agencyId: a.id,
      inReplyTo: header.messageId,
      now: NOW,
    });
    expect(check).toMatchObject({ ok: true, message: { type: "status", status: "declined" } });
    // C cannot post a status in B's name.
    const forged = await createStatusUpdate({
      keys: c.keys,
      inReplyTo: header.messageId,
      to: a.id,
      referralId: REFERRAL_ID,
      status: "completed",
      now: NOW,
    });
    expect((await client(c, nodeA).sendStatus(forged)).status).toBe(201);
    expect((await client(b, nodeA).sendStatus(forged)).body).toEqual(
      expectedProblem(403, "sender_not_caller"),
    );
  });

  it("a third agency cannot decrypt it, and B's node refuses it sent by C", async () => {
    const { envelope } = await sealed();
    const asC = await openEnvelope(envelope, {
      keys: c.keys,
      trust: await directoryOf([a.publicKeys]),
      replay: new MemoryReplayStore(),
      now: NOW,
    });
    expect(asC).toEqual({ ok: false, refusal: { code: "not_a_recipient" } });
    const relayedByC = await client(c, nodeB).send(envelope);
    expect(relayedByC).toEqual({ status: 403, body: expectedProblem(403, "sender_not_caller") });
    // Refused by its caller, the envelope was not stored: A may still send it.
    expect((await client(a, nodeB).send(envelope)).status).toBe(201);
  });

  it("refuses a tampered, a replayed, an expired and a revoked-key envelope, each with its reason", async () => {
    const genuine = (await sealed()).envelope;
    const tampered: Envelope = { ...genuine, ciphertext: flip(genuine.ciphertext) };
    expect(await client(a, nodeB).send(tampered)).toEqual({
      status: 422,
      body: expectedProblem(422, "undecryptable"),
    });

    const first = await client(a, nodeB).send(genuine);
    expect(first.status).toBe(201);
    const again = await client(a, nodeB).send(genuine);
    expect(again.status).toBe(409);
    // The sender gets the first receipt back with the refusal (an answer lost on the way, retried).
    expect(again.body).toEqual(expectedProblem(409, "replayed", { receipt: first.body.receipt }));
    expect((await client(c, nodeB).send(genuine)).body).toEqual(expectedProblem(409, "replayed"));

    // The same envelope five times at once: stored once, the four others refused as replays.
    const twin = JSON.stringify((await sealed()).envelope);
    const racing = await Promise.all(Array.from({ length: 5 }, () => client(a, nodeB).send(twin)));
    expect(racing.map((answer) => answer.status).sort()).toEqual([201, 409, 409, 409, 409]);

    const old = await sealed({
      now: new Date(NOW.getTime() - 3 * HOUR),
      expiresAt: new Date(NOW.getTime() - HOUR),
    });
    expect(await client(a, nodeB).send(old.envelope)).toEqual({
      status: 422,
      body: expectedProblem(422, "expired"),
    });

    // Signed with A's old key, which B's directory lists as revoked (the request itself is signed with A's new key).
    const revoked = await sealed({}, aOld);
    expect(await client(a, nodeB).send(revoked.envelope)).toEqual({
      status: 422,
      body: expectedProblem(422, "key_revoked", { kid: kidOf(aOld, "sig") }),
    });
    expect((await client(aOld, nodeB).inbox()).body).toEqual(expectedProblem(401, "key_revoked"));
  });

  it("a bundle without consent for the purpose is never sealed, so there is nothing to send", async () => {
    const result = await sealForB({ purpose: "criminal_proceedings" });
    expect(result).toMatchObject({ ok: false, problem: { code: "export_refused" } });
  });

  it("answers a bundle with invalid records with a signed rejection naming codes, and keeps no content", async () => {
    const bundle = exampleBundleFor([b]);
    const victim = bundle.records.find((record) => record.recordType === "victim") as Record<string, unknown>;
    victim.sex = "not-a-sex-code";
    const trustB = await directoryOf([b.publicKeys]);
    const result = await sealEnvelope(bundle, {
      keys: a.keys,
      to: trustB.agencies,
      purpose: "referral_transnational",
      agreement: "DSA-TT-VE-2024-01",
      retention: "P5Y",
      now: NOW,
    });
    if (!result.ok) throw new Error(result.problem.code);
    const answer = await client(a, nodeB).send(result.envelope);
    expect(answer.status).toBe(422);
    const receipt = await verifyReceipt(answer.body.receipt, {
      trust: trustB,
      agencyId: a.id,
      inReplyTo: result.header.messageId,
      digest: result.digest,
      now: NOW,
    });
    expect(receipt.ok && receipt.message.type === "receipt" && receipt.message.outcome).toBe("rejected");
    expect(JSON.stringify(answer.body)).not.toContain("not-a-sex-code");
    expect((await client(b, nodeB).fetchEnvelope(result.header.messageId)).status).toBe(404);
  });

  it("refuses unsigned, forged, replayed and oversized requests, and logs no content or id", async () => {
    const plain = await fetch(`${nodeB.url}/v1/inbox`);
    expect([plain.status, await plain.json()]).toEqual([401, expectedProblem(401, "signature_missing")]);
    const garbage = await fetch(`${nodeB.url}/v1/inbox`, {
      headers: { authorization: "TIP-Signature a.b.c" },
    });
    expect(await garbage.json()).toEqual(expectedProblem(401, "signature_malformed"));
    // A signature for one path does not open another.
    const { signRequest } = await import("../auth/request-signature.js");
    const auth = await signRequest(b.keys, { method: "GET", path: "/v1/inbox", now: NOW });
    const other = await fetch(`${nodeB.url}/v1/status`, { headers: { authorization: auth } });
    expect(await other.json()).toEqual(expectedProblem(401, "request_mismatch"));
    const once = await fetch(`${nodeB.url}/v1/inbox`, { headers: { authorization: auth } });
    expect(once.status).toBe(200);
    const twice = await fetch(`${nodeB.url}/v1/inbox`, { headers: { authorization: auth } });
    expect(await twice.json()).toEqual(expectedProblem(401, "request_replayed"));
    const late = await signRequest(b.keys, {
      method: "GET",
      path: "/v1/inbox",
      now: new Date(NOW.getTime() - 2 * 60_000),
    });
    expect(await (await fetch(`${nodeB.url}/v1/inbox`, { headers: { authorization: late } })).json()).toEqual(
      expectedProblem(401, "request_expired"),
    );
    const huge = await fetch(`${nodeB.url}/v1/status`, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: "x".repeat(200 * 1024),
    });
    expect([huge.status, await huge.json()]).toEqual([413, expectedProblem(413, "body_too_large")]);
    expect(
      await (await fetch(`${nodeB.url}/v1/inbox/not-an-id`, { headers: { authorization: auth } })).json(),
    ).toEqual(expectedProblem(401, "request_mismatch"));

    const logged = JSON.stringify(logs);
    expect(logs.length).toBeGreaterThan(10);
    expect(logs.map((line) => line.route)).toContain("/v1/inbox/:messageId");
    for (const secret of [VICTIM_ID, REFERRAL_ID, "Example region", "TIP-Signature"])
      expect(logged).not.toContain(secret);
    expect(logged).not.toMatch(/"d":/);
  });
});

describe.each(BACKENDS)("storage (%s)", (backend) => {
  it("migrating twice changes nothing, and the tables take the node's rows", async () => {
    const options = await databaseFor(backend, "migrate");
    const db = await openDatabase(options);
    try {
      const { migrate, MIGRATIONS } = await import("../db/migrations.js");
      await migrate(db);
      const rows = await db.query<{ id: number }>("SELECT id FROM schema_migrations ORDER BY id");
      expect(rows.map((row) => Number(row.id))).toEqual(MIGRATIONS.map((migration) => migration.id));
      const store = new NodeStore(db);
      expect(await store.useNonce("x", "n", NOW)).toBe(true);
      expect(await store.useNonce("x", "n", NOW)).toBe(false);
      await store.pruneNonces(new Date(NOW.getTime() + 1));
      expect(await store.useNonce("x", "n", NOW)).toBe(true);
    } finally {
      await db.close();
    }
  });
});

/** The base64url text with one character changed. */
function flip(text: string, at = 10): string {
  const chars = [...text];
  chars[at] = chars[at] === "A" ? "B" : "A";
  return chars.join("");
}
