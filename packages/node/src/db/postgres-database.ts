import pg from "pg";
import type { Database, Queryable } from "./database.js";

/**
 * A PostgreSQL server reached through a connection pool (`pg`), e.g. `postgres://user@host/db`. With `schema`,
 * the node's tables live in that schema (created if missing): several nodes can share one database.
 */
export async function openPostgres(url: string, schema?: string, poolSize = 10): Promise<Database> {
  const pool = new pg.Pool({ connectionString: url, max: poolSize });
  if (schema !== undefined) {
    const name = pg.escapeIdentifier(schema);
    pool.on("connect", (client) => {
      client.query(`SET search_path TO ${name}`).catch(() => {});
    });
    const first = await pool.connect();
    try {
      await first.query(`CREATE SCHEMA IF NOT EXISTS ${name}`);
    } finally {
      first.release();
    }
  }
  // An idle connection's error must not crash the node; the next query reports it.
  pool.on("error", () => {});
  const client = await pool.connect();
  client.release();
  const run = (on: pg.Pool | pg.PoolClient): Queryable => ({
    query: async <Row>(sql: string, params: readonly unknown[] = []) =>
      (await on.query(sql, [...params])).rows as Row[],
  });
  return {
    kind: "postgres",
    ...run(pool),
    async transaction(work) {
      const connection = await pool.connect();
      try {
        await connection.query("BEGIN");
        const result = await work(run(connection));
        await connection.query("COMMIT");
        return result;
      } catch (error) {
        await connection.query("ROLLBACK").catch(() => {});
        throw error;
      } finally {
        connection.release();
      }
    },
    close: () => pool.end(),
  };
}
