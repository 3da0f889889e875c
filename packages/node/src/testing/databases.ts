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

/** Database options for one node of a test: PGlite in memory, or a fresh schema of the test server. */
export function databaseFor(backend: "pglite" | "postgres", name: string): DatabaseOptions {
  if (backend === "pglite") return {};
  const schema = `test_${name}_${Date.now().toString(36)}_${Math.random().toString(36).slice(2, 8)}`;
  return { databaseUrl: TEST_DATABASE_URL, schema };
}
