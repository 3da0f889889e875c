import { access, mkdir, readFile, rename, writeFile } from "node:fs/promises";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { PGlite } from "@electric-sql/pglite";
import type { DatabaseOptions } from "../db/open-database.js";

/**
 * The PostgreSQL server the tests also run on: `TIP_TEST_DATABASE_URL`, else `DATABASE_URL`. In CI one must
 * be given (`.ci/install-postgres.sh` starts one): `serverRequiredButMissing` is then true and a test fails.
 */
export const TEST_DATABASE_URL = process.env.TIP_TEST_DATABASE_URL || process.env.DATABASE_URL || undefined;
export const serverRequiredButMissing = process.env.CI === "true" && TEST_DATABASE_URL === undefined;

/** The backends every storage test runs on: PGlite always, the server when there is one. */
export const BACKENDS: readonly ("pglite" | "postgres")[] =
  TEST_DATABASE_URL === undefined ? ["pglite"] : ["pglite", "postgres"];

const CACHE = join(dirname(fileURLToPath(import.meta.url)), "../../node_modules/.cache/pglite");
let snapshot: Promise<string> | undefined;

/**
 * An empty PGlite cluster as a dump, made once and kept in node_modules/.cache: creating a cluster takes
 * seconds on a busy machine, loading a dump a fraction of it. Keyed by the PGlite version.
 */
export async function pgliteSnapshot(): Promise<Blob> {
  return new Blob([await readFile(await pgliteSnapshotFile())]);
}

/** The file of `pgliteSnapshot`, made if missing. */
export function pgliteSnapshotFile(): Promise<string> {
  snapshot ??= (async () => {
    const { version } = JSON.parse(
      await readFile(
        join(dirname(fileURLToPath(import.meta.resolve("@electric-sql/pglite"))), "../package.json"),
        "utf8",
      ),
    ) as { version: string };
    const file = join(CACHE, `empty-${version}.tar`);
    try {
      await access(file);
      return file;
    } catch {
      const db = await PGlite.create();
      const dump = await db.dumpDataDir("none");
      await db.close();
      await mkdir(CACHE, { recursive: true });
      const partial = `${file}.${process.pid}.part`;
      await writeFile(partial, new Uint8Array(await dump.arrayBuffer()));
      await rename(partial, file);
      return file;
    }
  })();
  return snapshot;
}

/** Database options for one node of a test: PGlite in memory, or a fresh schema of the test server. */
export async function databaseFor(backend: "pglite" | "postgres", name: string): Promise<DatabaseOptions> {
  if (backend === "pglite") return { pgliteSnapshot: await pgliteSnapshot() };
  const schema = `test_${name}_${Date.now().toString(36)}_${Math.random().toString(36).slice(2, 8)}`;
  return { databaseUrl: TEST_DATABASE_URL, schema };
}
