// A node in its own process, for the test that kills one mid-write. Reads its settings as JSON from standard
// input (not the command line, where any user of the machine could read the private key): { privateKeys, directory, dataDir?, databaseUrl?, schema?, now, snapshot? } (snapshot: a PGlite dump
// file to start from). Prints "ready <url> <database>" once it listens. Uses the built package. The load test
// of `npm run bench` runs its node with it too.
import { readFile } from "node:fs/promises";
import { readAgencyKeys, readTrust } from "@tip/exchange";
import { startNode } from "../../dist/public-api.js";

let input = "";
for await (const chunk of process.stdin) input += chunk;
const settings = JSON.parse(input);
const keys = await readAgencyKeys(settings.privateKeys);
const trust = await readTrust([settings.directory]);
if (!keys.ok || !trust.ok) throw new Error("child keys");
const node = await startNode({
  keys: keys.value,
  trust: trust.value,
  ...(settings.databaseUrl
    ? { databaseUrl: settings.databaseUrl, schema: settings.schema }
    : { dataDir: settings.dataDir }),
  ...(settings.snapshot ? { pgliteSnapshot: new Blob([await readFile(settings.snapshot)]) } : {}),
  clock: () => new Date(settings.now),
  rateLimit: { perSecond: 10_000, burst: 10_000 },
  log: () => {},
});
process.stdout.write(`ready ${node.url} ${node.database}\n`);
