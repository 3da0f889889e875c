import pg from "pg";
import { describe, expect, it } from "vitest";
import { BACKENDS, databaseFor, serverRequiredButMissing } from "../testing/databases.js";
import { openPostgres } from "./postgres-database.js";

it("runs on the PostgreSQL server when CI gives one", () => {
  expect(serverRequiredButMissing).toBe(false);
});

describe.each(BACKENDS.filter((backend) => backend === "postgres"))("a node's own schema (%s)", (backend) => {
  it("every connection queries in it from its first query, with no query queued behind another", async () => {
    const warnings: string[] = [];
    const onWarning = (warning: Error) => warnings.push(warning.message);
    process.on("warning", onWarning);
    const { databaseUrl, schema } = await databaseFor(backend, "schema");
    if (databaseUrl === undefined || schema === undefined)
      throw new Error("no server or schema to test with");
    const db = await openPostgres(databaseUrl, schema, 4);
    try {
      // More queries at once than connections: the pool opens all four and reuses them.
      const rows = await Promise.all(
        Array.from({ length: 12 }, () => db.query<{ schema: string }>("SELECT current_schema() AS schema")),
      );
      expect(rows.map((row) => row[0]?.schema)).toEqual(Array(12).fill(schema));
      const inTransaction = await db.transaction((tx) =>
        tx.query<{ schema: string }>("SELECT current_schema() AS schema"),
      );
      expect(inTransaction[0]?.schema).toBe(schema);
    } finally {
      process.off("warning", onWarning);
      await db.query(`DROP SCHEMA ${pg.escapeIdentifier(schema)} CASCADE`);
      await db.close();
    }
    // pg 8 warns when a query is sent while another runs on the same connection (pg 9 will refuse it).
    expect(warnings).toEqual([]);
  });
});
