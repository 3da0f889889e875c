import pg from "pg";
import type { Database, Queryable } from "./database.js";

/**
 * A PostgreSQL server reached through a connection pool (`pg`), e.g. `postgres://user@host/db`. With `schema`,
 * the node's tables live in that schema (created if missing): several nodes can share one database.
 */
export async function openPostgres(url: string, schema?: string, poolSize = 10): Promise<Database> {
  const pool = new pg.Pool({ connectionString: url, max: poolSize });
  // An idle connection's error must not crash the node; the next query reports it.
  pool.on("error", () => {});
  const name = schema === undefined ? undefined : pg.escapeIdentifier(schema);
  // Each connection is pointed at the schema before its first query, and that query waits for it: a
  // connection whose search path could not be set is dropped and the query fails, never run in another schema.
  const pointed = new WeakSet<pg.PoolClient>();
  const checkout = async (): Promise<pg.PoolClient> => {
    const client = await pool.connect();
    if (name !== undefined && !pointed.has(client)) {
      try {
        await client.query(`SET search_path TO ${name}`);
      } catch (error) {
        client.release(error instanceof Error ? error : true);
        throw error;
      }
      pointed.add(client);
    }
    return client;
  };
  const first = await checkout();
  try {
    if (name !== undefined) await first.query(`CREATE SCHEMA IF NOT EXISTS ${name}`);
  } finally {
    first.release();
  }
  const run = (on: pg.PoolClient): Queryable => ({
    query: async <Row>(sql: string, params: readonly unknown[] = []) =>
      (await on.query(sql, [...params])).rows as Row[],
  });
  return {
    kind: "postgres",
    async query<Row>(sql: string, params: readonly unknown[] = []) {
      const connection = await checkout();
      try {
        return await run(connection).query<Row>(sql, params);
      } finally {
        connection.release();
      }
    },
    async transaction(work) {
      const connection = await checkout();
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
