import type { Database } from "./database.js";

/**
 * The node's tables, as numbered SQL migrations. A migration is applied once, in a transaction, in order;
 * never edit one that was released: add the next.
 */
export const MIGRATIONS: readonly { readonly id: number; readonly sql: string }[] = [
  {
    id: 1,
    sql: `
-- Every envelope this node opened, accepted or rejected: its message id is never accepted again.
CREATE TABLE received_envelopes (
  seq           bigserial   NOT NULL UNIQUE,
  message_id    uuid        PRIMARY KEY,
  sender        text        NOT NULL,
  purpose       text        NOT NULL,
  agreement     text        NOT NULL,
  retention     text        NOT NULL,
  tlp           text        NOT NULL,
  created_at    timestamptz NOT NULL,
  expires_at    timestamptz NOT NULL,
  received_at   timestamptz NOT NULL,
  digest        text        NOT NULL,
  outcome       text        NOT NULL CHECK (outcome IN ('accepted', 'rejected')),
  -- The envelope exactly as received (still encrypted); none is kept for a rejected one.
  envelope      text        CHECK ((outcome = 'accepted') = (envelope IS NOT NULL)),
  receipt       text        NOT NULL,
  acknowledged_at timestamptz
);
CREATE INDEX received_envelopes_pending ON received_envelopes (seq) WHERE acknowledged_at IS NULL;

-- Signed status updates other agencies sent about envelopes this agency sent them.
CREATE TABLE received_statuses (
  seq           bigserial   NOT NULL UNIQUE,
  message_id    uuid        PRIMARY KEY,
  in_reply_to   uuid        NOT NULL,
  sender        text        NOT NULL,
  referral_id   uuid        NOT NULL,
  status        text        NOT NULL,
  created_at    timestamptz NOT NULL,
  received_at   timestamptz NOT NULL,
  message       text        NOT NULL
);
CREATE INDEX received_statuses_about ON received_statuses (in_reply_to);

-- Nonces of signed requests, kept until the request would have expired anyway: a request is used once.
CREATE TABLE request_nonces (
  agency        text        NOT NULL,
  nonce         text        NOT NULL,
  keep_until    timestamptz NOT NULL,
  PRIMARY KEY (agency, nonce)
);
CREATE INDEX request_nonces_until ON request_nonces (keep_until);
`,
  },
  {
    id: 2,
    sql: `
-- An accepted envelope's body is deleted once the sender's retention period has run out, or once it expired
-- before the agency acknowledged it (it can no longer be opened). The row stays: its message id still refuses
-- a replay, and digest, receipt and outcome hold no personal data. These say when the body went, and why.
ALTER TABLE received_envelopes
  ADD COLUMN envelope_deleted_at timestamptz,
  ADD COLUMN envelope_deleted_because text CHECK (envelope_deleted_because IN ('retention', 'expired'));
-- Migration 1's check (an accepted envelope has a body) named by PostgreSQL's rule for a check on two columns.
ALTER TABLE received_envelopes DROP CONSTRAINT received_envelopes_check;
ALTER TABLE received_envelopes ADD CONSTRAINT received_envelopes_body CHECK (
  CASE WHEN outcome = 'accepted' THEN (envelope IS NULL) = (envelope_deleted_at IS NOT NULL)
    ELSE envelope IS NULL AND envelope_deleted_at IS NULL END
  AND (envelope_deleted_at IS NULL) = (envelope_deleted_because IS NULL)
);
-- The purge reads only the envelopes still holding a body.
CREATE INDEX received_envelopes_kept ON received_envelopes (received_at) WHERE envelope IS NOT NULL;
`,
  },
];

/**
 * Applies the migrations not applied yet. Several nodes starting at once on one server take turns. `migrations`
 * is every one by default (tests give the first few to build an older database).
 */
export async function migrate(
  db: Database,
  migrations: readonly { readonly id: number; readonly sql: string }[] = MIGRATIONS,
): Promise<void> {
  await db.query(
    "CREATE TABLE IF NOT EXISTS schema_migrations (id integer PRIMARY KEY, applied_at timestamptz NOT NULL DEFAULT now())",
  );
  await db.transaction(async (tx) => {
    // One migrating node at a time (the number is this table set's own lock id).
    await tx.query("SELECT pg_advisory_xact_lock(721020)");
    const done = new Set(
      (await tx.query<{ id: number }>("SELECT id FROM schema_migrations")).map((row) => Number(row.id)),
    );
    for (const migration of migrations) {
      if (done.has(migration.id)) continue;
      for (const statement of statementsOf(migration.sql)) await tx.query(statement);
      await tx.query("INSERT INTO schema_migrations (id) VALUES ($1)", [migration.id]);
    }
  });
}

/** The statements of a migration (split on `;` at line ends; migrations hold no functions). */
function statementsOf(sql: string): string[] {
  return sql
    .split(/;\s*$/m)
    .map((part) =>
      part
        .split("\n")
        .filter((line) => !line.trimStart().startsWith("--"))
        .join("\n")
        .trim(),
    )
    .filter((part) => part !== "");
}
