#!/usr/bin/env node
// Load test of the exchange node: 10,000 envelopes sent by several concurrent clients to a node running in its
// own process; every one must be stored and acknowledged or refused with a reason, and the counts must agree
// with what the node lists afterwards. Prints throughput and latency percentiles. A few envelopes are sent
// twice and a few are tampered with on purpose, so refusals are counted too.
//   node bench/exchange-node.mjs [--count 10000] [--clients 8] [--database-url postgres://...]
// Without --database-url (or TIP_BENCH_DATABASE_URL) the node uses the embedded PGlite in a temporary folder.
// Needs the packages built (`npm run bench` builds them).
import { spawn } from "node:child_process";
import { mkdtemp, rm } from "node:fs/promises";
import { loadavg, tmpdir } from "node:os";
import { join } from "node:path";
import { generateAgencyKeys, readAgencyKeys, readTrust, sealEnvelope } from "@tip/exchange";
import { NodeClient } from "@tip/exchange-node/client";
import { EXAMPLES } from "@tip/schema";

const option = (name, fallback) => {
  const at = process.argv.indexOf(name);
  return at === -1 ? fallback : process.argv[at + 1];
};
const COUNT = Number(option("--count", "10000"));
const CLIENTS = Number(option("--clients", "8"));
const DATABASE_URL = option("--database-url", process.env.TIP_BENCH_DATABASE_URL ?? "");
/** One envelope in this many is sent a second time (a replay), and one in this many tampered with. */
const REPLAY_EVERY = 50;
const TAMPER_EVERY = 100;
// The example victim's consent covers a transnational referral at this moment; node and clients share it.
const NOW = new Date("2024-01-01T12:00:00Z");
const CHILD = join(import.meta.dirname, "..", "packages", "node", "src", "testing", "node-child.mjs");

const A = EXAMPLES.bundle.sender.agencyId;
const B = EXAMPLES.referral.to.agencyId;
const a = await generateAgencyKeys({ agencyId: A, country: "TT" });
const b = await generateAgencyKeys({ agencyId: B, country: "VE" });
const ring = async (keys) => {
  const read = await readAgencyKeys(keys.privateKeys);
  if (!read.ok) throw new Error(read.problem.code);
  return read.value;
};
const aKeys = await ring(a);
const directory = { directory: "tip-agency-directory", version: 1, agencies: [a.publicKeys, b.publicKeys] };
const toB = await readTrust([b.publicKeys]);
if (!toB.ok) throw new Error(toB.problem.code);

// The bundle: the example referral, addressed to B (and B in the victim's consent).
const bundle = structuredClone(EXAMPLES.bundle);
bundle.recipients = [{ agencyId: B, country: "VE" }];
for (const record of bundle.records)
  if (record.recordType === "victim") for (const consent of record.consents) consent.recipientAgencyIds = [B];

console.log(`\nexchange node load test: ${COUNT} envelopes, ${CLIENTS} concurrent clients`);
let started = performance.now();
/** What is sent, in order: each with what the node must answer. */
const sends = [];
for (let index = 0; index < COUNT; index++) {
  const sealed = await sealEnvelope(bundle, {
    keys: aKeys,
    to: toB.value.agencies,
    purpose: "referral_transnational",
    agreement: "DSA-TT-VE-2024-01",
    retention: "P5Y",
    now: NOW,
  });
  if (!sealed.ok) throw new Error(sealed.problem.code);
  let text = JSON.stringify(sealed.envelope);
  let expect = "accepted";
  if (index % TAMPER_EVERY === TAMPER_EVERY - 1) {
    const tampered = { ...sealed.envelope, ciphertext: `${sealed.envelope.ciphertext.slice(0, -4)}AAAA` };
    text = JSON.stringify(tampered);
    expect = "undecryptable";
  }
  sends.push({ id: sealed.header.messageId, text, expect, bytes: text.length });
  if (expect === "accepted" && index % REPLAY_EVERY === 0)
    sends.push({ id: sealed.header.messageId, text, expect: "replayed", bytes: text.length });
}
const sealSeconds = (performance.now() - started) / 1000;
console.log(
  `sealed ${COUNT} envelopes (${(sends[0].bytes / 1024).toFixed(1)} KiB each) in ${sealSeconds.toFixed(1)} s; ${sends.length} sends planned (${sends.length - COUNT} replays)`,
);

const dataDir = await mkdtemp(join(tmpdir(), "tip-bench-node-"));
const settings = {
  privateKeys: b.privateKeys,
  directory,
  now: NOW.toISOString(),
  ...(DATABASE_URL ? { databaseUrl: DATABASE_URL, schema: `bench_${Date.now().toString(36)}` } : { dataDir }),
};
const child = spawn(process.execPath, [CHILD], { stdio: ["pipe", "pipe", "inherit"] });
child.stdin.end(JSON.stringify(settings));
const { url, database } = await new Promise((resolve, reject) => {
  let out = "";
  child.stdout.on("data", (chunk) => {
    out += chunk;
    const match = /ready (\S+) (\S+)/.exec(out);
    if (match) resolve({ url: match[1], database: match[2] });
  });
  child.once("exit", (code) => reject(new Error(`node exited (${code})`)));
});

// Replays go last, so the first copy has been answered when its replay is sent.
const ordered = [
  ...sends.filter((send) => send.expect !== "replayed"),
  ...sends.filter((send) => send.expect === "replayed"),
];
const outcomes = new Map();
const latencies = [];
let mismatches = 0;
let retries = 0;
let next = 0;
const client = new NodeClient({ url, keys: aKeys, clock: () => NOW });
started = performance.now();
await Promise.all(
  Array.from({ length: CLIENTS }, async () => {
    while (next < ordered.length) {
      const send = ordered[next++];
      for (;;) {
        const begun = performance.now();
        const answer = await client.send(send.text);
        latencies.push(performance.now() - begun);
        if (answer.status === 429) {
          retries++;
          await new Promise((resolve) => setTimeout(resolve, 1000));
          continue;
        }
        const outcome =
          answer.status === 201 ? "accepted" : String(answer.body.code ?? `http_${answer.status}`);
        outcomes.set(outcome, (outcomes.get(outcome) ?? 0) + 1);
        if (outcome !== send.expect) mismatches++;
        break;
      }
    }
  }),
);
const seconds = (performance.now() - started) / 1000;

// Reconcile with what the node says it stored.
const owner = new NodeClient({ url, keys: await ring(b), clock: () => NOW });
const stored = new Set();
for (let after = 0; ; ) {
  const page = await owner.inbox({ after, limit: 1000 });
  if (page.status !== 200) throw new Error(`inbox ${page.status}`);
  if (page.body.items.length === 0) break;
  for (const item of page.body.items) stored.add(item.messageId);
  after = page.body.next;
}
child.kill("SIGTERM");
await rm(dataDir, { recursive: true, force: true });

const expected = new Map();
for (const send of sends) expected.set(send.expect, (expected.get(send.expect) ?? 0) + 1);
const acceptedIds = new Set(sends.filter((send) => send.expect === "accepted").map((send) => send.id));
const missing = [...acceptedIds].filter((id) => !stored.has(id)).length;
const extra = [...stored].filter((id) => !acceptedIds.has(id)).length;
latencies.sort((x, y) => x - y);
const pct = (p) =>
  latencies[Math.min(latencies.length - 1, Math.floor((p / 100) * latencies.length))].toFixed(1);
const answered = [...outcomes.values()].reduce((sum, count) => sum + count, 0);
const show = (map) => [...map].map(([key, count]) => `${key} ${count}`).join(", ");

console.log(
  `node: ${database}, ${CLIENTS} clients over HTTP on loopback, load average ${loadavg()[0].toFixed(2)}`,
);
console.log(`answers: ${show(outcomes)} (expected ${show(expected)}); ${retries} retried after 429`);
console.log(
  `throughput: ${(answered / seconds).toFixed(0)} envelopes/s (${answered} in ${seconds.toFixed(1)} s, ${((answered * sends[0].bytes) / seconds / 1024 / 1024).toFixed(1)} MiB/s)`,
);
console.log(`latency ms: p50 ${pct(50)}, p90 ${pct(90)}, p99 ${pct(99)}, max ${pct(100)}`);
const reconciled = answered === sends.length && mismatches === 0 && missing === 0 && extra === 0;
console.log(
  `reconciled: ${reconciled ? "yes" : "NO"} (sent ${sends.length}, answered ${answered}, unexpected answers ${mismatches}; stored ${stored.size}, acknowledged but not stored ${missing}, stored but not acknowledged ${extra})`,
);
if (!reconciled) process.exitCode = 1;
