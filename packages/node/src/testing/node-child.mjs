// A node in its own process, for the test that kills one mid-write and the load test of `npm run bench`.
// Reads its settings as JSON from standard input (not the command line, where any user of the machine could
// read the private key): { privateKeys, directory, dataDir?, databaseUrl?, schema?, now, snapshot?,
// slowStoreMs? }. snapshot: a PGlite dump file to start from. slowStoreMs: each envelope's row is written that
// much later, like a slow disk, which widens the window in which a node answering before its commit would
// lose an envelope. Prints "ready <url> <database>" once it listens. Uses the built package.
import { readFile } from "node:fs/promises";
import { readAgencyKeys, readTrust } from "@tip/exchange";
import { openDatabase, startNode } from "../../dist/public-api.js";

let input = "";
for await (const chunk of process.stdin) input += chunk;
const settings = JSON.parse(input);
const keys = await readAgencyKeys(settings.privateKeys);
const trust = await readTrust([settings.directory]);
if (!keys.ok || !trust.ok) throw new Error("child keys");
const database = await openDatabase({
  ...(settings.databaseUrl
    ? { databaseUrl: settings.databaseUrl, schema: settings.schema }
    : { dataDir: settings.dataDir }),
  ...(settings.snapshot ? { pgliteSnapshot: new Blob([await readFile(settings.snapshot)]) } : {}),
});
if (settings.slowStoreMs) {
  const query = database.query.bind(database);
  database.query = async (sql, params) => {
    if (sql.includes("INSERT INTO received_envelopes"))
      await new Promise((resolve) => setTimeout(resolve, settings.slowStoreMs));
    return query(sql, params);
  };
}
const node = await startNode({
  keys: keys.value,
  trust: trust.value,
  database,
  clock: () => new Date(settings.now),
  rateLimit: { perSecond: 10_000, burst: 10_000 },
  log: () => {},
});
process.stdout.write(`ready ${node.url} ${node.database}\n`);
