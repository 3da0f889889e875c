import { PGlite } from "@electric-sql/pglite";
import type { Database, Queryable } from "./database.js";

/**
 * The embedded PostgreSQL (PGlite, in WebAssembly): no server to install. In `dataDir` the data survive a
 * restart; without one they live in memory (tests). A snapshot (`dumpDataDir`) skips creating the cluster,
 * which takes seconds. Durability is PGlite's default: a query returns once
 * its changes are written to the folder.
 */
export async function openPglite(dataDir?: string, snapshot?: Blob): Promise<Database> {
  const db = await PGlite.create({
    ...(dataDir === undefined ? {} : { dataDir }),
    ...(snapshot === undefined ? {} : { loadDataDir: snapshot }),
  });
  const run = (on: Pick<PGlite, "query">): Queryable => ({
    query: async <Row>(sql: string, params: readonly unknown[] = []) =>
      (await on.query<Row>(sql, [...params])).rows,
  });
  return {
    kind: "pglite",
    ...run(db),
    transaction: (work) => db.transaction((tx) => work(run(tx))),
    close: () => db.close(),
  };
}
