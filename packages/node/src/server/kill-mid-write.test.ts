import { type ChildProcess, spawn } from "node:child_process";
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { sealEnvelope } from "@tip/exchange";
import { directoryDocument, directoryOf, exampleBundleFor, NOW, threeAgencies } from "@tip/exchange/testing";
import pg from "pg";
import { afterAll, describe, expect, it } from "vitest";
import { NodeClient } from "../client/node-client.js";
import { openPostgres } from "../db/postgres-database.js";
import {
  BACKENDS,
  databaseFor,
  pgliteSnapshotFile,
  serverRequiredButMissing,
  TEST_DATABASE_URL,
} from "../testing/databases.js";

const CHILD = fileURLToPath(new URL("../testing/node-child.mjs", import.meta.url));
const ENVELOPES = 80;
/** The node is killed once this many envelopes were acknowledged, with others still on the way. */
const KILL_AFTER = 20;
const CONCURRENCY = 8;

const children: ChildProcess[] = [];
const folders: string[] = [];
const schemas: string[] = [];
afterAll(async () => {
  for (const child of children) child.kill("SIGKILL");
  for (const folder of folders) await rm(folder, { recursive: true, force: true });
  if (schemas.length > 0 && TEST_DATABASE_URL !== undefined) {
    const server = await openPostgres(TEST_DATABASE_URL);
    try {
      for (const schema of schemas)
        await server.query(`DROP SCHEMA IF EXISTS ${pg.escapeIdentifier(schema)} CASCADE`);
    } finally {
      await server.close();
    }
  }
});

/**
 * Where both runs of a node keep their data: a PGlite folder (the first run starts from the empty cluster's
 * dump), or a schema of the test server of its own, so that no other run's rows are seen.
 */
async function storageFor(backend: "pglite" | "postgres"): Promise<{ first: object; again: object }> {
  if (backend === "postgres") {
    const { databaseUrl, schema } = await databaseFor(backend, "kill");
    if (schema === undefined) throw new Error("no schema for the test server");
    schemas.push(schema);
    return { first: { databaseUrl, schema }, again: { databaseUrl, schema } };
  }
  const dataDir = await mkdtemp(join(tmpdir(), "tip-node-kill-"));
  folders.push(dataDir);
  return { first: { dataDir, snapshot: await pgliteSnapshotFile() }, again: { dataDir } };
}

/** Starts a node process; resolves with its URL and database kind once it listens. */
function startChild(settings: object): Promise<{ child: ChildProcess; url: string; database: string }> {
  const child = spawn(process.execPath, [CHILD], { stdio: ["pipe", "pipe", "inherit"] });
  child.stdin?.end(JSON.stringify(settings));
  children.push(child);
  return new Promise((resolve, reject) => {
    let out = "";
    child.stdout?.on("data", (chunk: Buffer) => {
      out += chunk.toString();
      const match = /ready (\S+) (\S+)\n/.exec(out);
      if (match?.[1] && match[2]) resolve({ child, url: match[1], database: match[2] });
    });
    child.once("exit", (code) => reject(new Error(`node exited early (${code})`)));
  });
}

it("a real PostgreSQL server is given in CI (TIP_TEST_DATABASE_URL or DATABASE_URL)", () => {
  expect(serverRequiredButMissing).toBe(false);
});

describe.each(BACKENDS)("a node killed mid-write (%s)", (backend) => {
  it("a node killed (SIGKILL) during a burst of envelopes keeps every one it acknowledged", async () => {
    const { a, b } = await threeAgencies();
    const directory = directoryDocument([a.publicKeys, b.publicKeys]);
    const toB = (await directoryOf([b.publicKeys])).agencies;
    const envelopes: { id: string; text: string }[] = [];
    for (let index = 0; index < ENVELOPES; index++) {
      const sealed = await sealEnvelope(exampleBundleFor([b]), {
        keys: a.keys,
        to: toB,
        purpose: "referral_transnational",
        agreement: "DSA-TT-VE-2024-01",
        retention: "P5Y",
        now: NOW,
      });
      if (!sealed.ok) throw new Error(sealed.problem.code);
      envelopes.push({ id: sealed.header.messageId, text: JSON.stringify(sealed.envelope) });
    }
    const storage = await storageFor(backend);
    const settings = { privateKeys: b.privateKeys, directory, now: NOW.toISOString() };
    // Every envelope's row is written 300 ms late: a node that answered before committing would lose the ones
    // in flight when it is killed.
    const first = await startChild({ ...settings, ...storage.first, slowStoreMs: 300 });
    expect(first.database).toBe(backend);
    const sender = new NodeClient({ url: first.url, keys: a.keys, clock: () => NOW });

    const acknowledged: string[] = [];
    let failed = 0;
    let next = 0;
    const worker = async () => {
      while (next < envelopes.length) {
        const envelope = envelopes[next++];
        if (envelope === undefined) break;
        try {
          const answer = await sender.send(envelope.text);
          if (answer.status === 201) acknowledged.push(envelope.id);
          else failed++;
        } catch {
          failed++; // the connection died with the node: not acknowledged, so the sender would send it again
        }
        if (acknowledged.length === KILL_AFTER) first.child.kill("SIGKILL");
      }
    };
    await Promise.all(Array.from({ length: CONCURRENCY }, worker));
    // Killed mid-burst: some were acknowledged, the rest failed, and none got another answer.
    expect(acknowledged.length).toBeGreaterThanOrEqual(KILL_AFTER);
    expect(failed).toBeGreaterThan(0);
    expect(acknowledged.length + failed).toBe(ENVELOPES);

    const second = await startChild({ ...settings, ...storage.again });
    expect(second.database).toBe(backend);
    const owner = new NodeClient({ url: second.url, keys: b.keys, clock: () => NOW });
    const stored = new Set<string>();
    for (let after = 0; ; ) {
      const page = await owner.inbox({ after, limit: 1000 });
      const items = page.body.items as { messageId: string; seq: number }[];
      if (items.length === 0) break;
      for (const item of items) stored.add(item.messageId);
      after = items.at(-1)?.seq ?? after;
    }
    const lost = acknowledged.filter((id) => !stored.has(id));
    expect(lost).toEqual([]);
    // Nothing is half-stored: every envelope stored, acknowledged or not, is one sent, byte for byte.
    const sent = new Map(envelopes.map((envelope) => [envelope.id, envelope.text]));
    for (const id of stored) {
      expect(sent.has(id)).toBe(true);
      expect((await owner.fetchEnvelope(id)).body).toEqual({ envelope: sent.get(id) });
    }
    second.child.kill("SIGKILL");
  });
});
