import type { Database } from "./database.js";
import { migrate } from "./migrations.js";

/** Where a node keeps its data. */
export interface DatabaseOptions {
  /** A PostgreSQL server's URL (`postgres://...`); without it the embedded PGlite is used. */
  readonly databaseUrl?: string;
  /** PGlite's folder; without it (and without `databaseUrl`) the data live in memory only. */
  readonly dataDir?: string;
  /** With `databaseUrl`: the schema the tables live in (created if missing); default the server's search path. */
  readonly schema?: string;
  /** Without `databaseUrl`: a PGlite data folder dump (`dumpDataDir`) to start from instead of an empty one. */
  readonly pgliteSnapshot?: Blob;
}

/** Opens the node's database (a server when a URL is given, else PGlite) and brings its tables up to date. */
export async function openDatabase(options: DatabaseOptions = {}): Promise<Database> {
  const db =
    options.databaseUrl === undefined || options.databaseUrl === ""
      ? await (await import("./pglite-database.js")).openPglite(options.dataDir, options.pgliteSnapshot)
      : await (await import("./postgres-database.js")).openPostgres(options.databaseUrl, options.schema);
  try {
    await migrate(db);
  } catch (error) {
    await db.close().catch(() => {});
    throw error;
  }
  return db;
}
