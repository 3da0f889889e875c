import { RETENTION_PATTERN } from "@tip/exchange";
import type { Database, Queryable } from "./database.js";

/** Why an accepted envelope's body was deleted: its retention period ran out, or it expired unacknowledged. */
export type DeletionReason = "retention" | "expired";

/** When and why an envelope's body was deleted. */
export interface EnvelopeDeletion {
  readonly deletedAt: string;
  readonly because: DeletionReason;
}

/** What one purge did: bodies deleted, by reason, and bodies kept because their retention cannot be read. */
export interface PurgeResult {
  /** Bodies deleted because the retention period, counted from reception, had run out. */
  readonly retention: number;
  /** Bodies of envelopes never acknowledged deleted because the envelope expired. */
  readonly expired: number;
  /** Bodies kept because their stored retention is not a duration this node reads (left for a person to see). */
  readonly unreadableRetention: number;
}

/** The lock id purges take turns on (one node purges at a time; another waits, then finds nothing left). */
const PURGE_LOCK = 721021;

/** When a body's retention runs out: its reception plus its retention, by the calendar in UTC. */
const RETENTION_END = "(received_at AT TIME ZONE 'UTC' + retention::interval) AT TIME ZONE 'UTC'";

/**
 * A body whose retention has run out at `now`, given the retention pattern (both placeholders). PostgreSQL
 * reads an ISO 8601 duration as an interval; added in UTC, months and years follow the calendar whatever the
 * server's time zone. CASE casts only what the pattern admits: an unreadable retention is never due, never
 * an error.
 */
const retentionRanOut = (now: string, pattern: string) => `CASE WHEN retention ~ ${pattern}::text
  THEN ${RETENTION_END} <= ${now}::timestamptz
  ELSE false END`;

/** A body never acknowledged whose envelope expired before `cutoff` (a placeholder: now less the skew). */
const expiredUnread = (cutoff: string) => `acknowledged_at IS NULL AND expires_at <= ${cutoff}::timestamptz`;

/** The time before which an expired envelope can no longer be opened. */
const cutoffOf = (now: Date, clockSkewMs: number) => new Date(now.getTime() - clockSkewMs).toISOString();

/** Deletes the bodies due at `now` in one transaction, one statement per reason (see `NodeStore.purge`). */
export async function purgeBodies(db: Database, now: Date, clockSkewMs: number): Promise<PurgeResult> {
  const at = now.toISOString();
  return db.transaction(async (tx) => {
    await tx.query("SELECT pg_advisory_xact_lock($1)", [PURGE_LOCK]);
    const retention = await deleteWhere(tx, "retention", retentionRanOut("$1", "$2"), [
      at,
      RETENTION_PATTERN.source,
    ]);
    const expired = await deleteWhere(tx, "expired", expiredUnread("$2"), [at, cutoffOf(now, clockSkewMs)]);
    const rows = await tx.query<{ n: number }>(
      "SELECT count(*)::int AS n FROM received_envelopes WHERE envelope IS NOT NULL AND retention !~ $1",
      [RETENTION_PATTERN.source],
    );
    return { retention, expired, unreadableRetention: Number(rows[0]?.n ?? 0) };
  });
}

/** Deletes the bodies meeting `condition` (`$1` is now, `$2` its own parameter), recording when and why (`$3`). */
async function deleteWhere(
  tx: Queryable,
  because: DeletionReason,
  condition: string,
  params: unknown[],
): Promise<number> {
  const rows = await tx.query<{ n: number }>(
    `WITH deleted AS (
       UPDATE received_envelopes
       SET envelope = NULL, envelope_deleted_at = $1::timestamptz, envelope_deleted_because = $3::text
       WHERE envelope IS NOT NULL AND ${condition}
       RETURNING 1)
     SELECT count(*)::int AS n FROM deleted`,
    [...params, because],
  );
  return Number(rows[0]?.n ?? 0);
}

/** Whether one envelope still holds a body that a purge at `now` would delete. */
export async function bodyIsDue(
  db: Database,
  messageId: string,
  now: Date,
  clockSkewMs: number,
): Promise<boolean> {
  const rows = await db.query(
    `SELECT 1 FROM received_envelopes
     WHERE message_id = $1 AND envelope IS NOT NULL
       AND ((${retentionRanOut("$2", "$3")}) OR (${expiredUnread("$4")}))`,
    [messageId, now.toISOString(), RETENTION_PATTERN.source, cutoffOf(now, clockSkewMs)],
  );
  return rows.length > 0;
}

/**
 * When the next stored body falls due, in milliseconds since 1970 (rounded up), or undefined when none will:
 * the earliest end of a readable retention, or of an envelope never acknowledged, its expiry plus the clock
 * skew. The same arithmetic as `purgeBodies`: a purge at that instant deletes that body.
 */
export async function nextBodyDue(db: Database, clockSkewMs: number): Promise<number | undefined> {
  const rows = await db.query<{ due: number | null }>(
    `SELECT ceil(extract(epoch FROM min(LEAST(
       CASE WHEN retention ~ $1::text THEN ${RETENTION_END} END,
       CASE WHEN acknowledged_at IS NULL THEN expires_at + $2::float8 * interval '1 millisecond' END
     ))) * 1000)::float8 AS due
     FROM received_envelopes WHERE envelope IS NOT NULL`,
    [RETENTION_PATTERN.source, clockSkewMs],
  );
  const due = rows[0]?.due;
  return due === null || due === undefined ? undefined : Number(due);
}
