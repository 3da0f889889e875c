/** Something SQL runs on: the database itself, or one transaction of it. Parameters are `$1`, `$2`... */
export interface Queryable {
  query<Row = Record<string, unknown>>(sql: string, params?: readonly unknown[]): Promise<Row[]>;
}

/**
 * A PostgreSQL database, embedded (PGlite) or a server (`pg`): the same SQL and migrations run on both. A
 * query or transaction resolves only once PostgreSQL has committed it, so whatever is acknowledged after it is
 * durable.
 */
export interface Database extends Queryable {
  /** `pglite` (embedded, one process) or `postgres` (a server). */
  readonly kind: "pglite" | "postgres";
  /** Runs `work` in one transaction: committed when it resolves, rolled back when it throws. */
  transaction<T>(work: (tx: Queryable) => Promise<T>): Promise<T>;
  close(): Promise<void>;
}
