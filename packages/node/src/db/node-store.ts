import { DEFAULT_CLOCK_SKEW_MS } from "@tip/exchange";
import type { Database } from "./database.js";
import {
  bodyIsDue,
  type DeletionReason,
  type EnvelopeDeletion,
  nextBodyDue,
  type PurgeResult,
  purgeBodies,
} from "./purge.js";

export type { DeletionReason, EnvelopeDeletion, PurgeResult } from "./purge.js";

/** What the node keeps of an envelope it opened. */
export interface ReceivedEnvelope {
  readonly messageId: string;
  readonly sender: string;
  readonly purpose: string;
  readonly agreement: string;
  readonly retention: string;
  readonly tlp: string;
  readonly createdAt: string;
  readonly expiresAt: string;
  readonly digest: string;
  readonly outcome: "accepted" | "rejected";
  /** The envelope as received; undefined for a rejected one. */
  readonly envelope?: string;
  /** The signed receipt sent back, as JSON. */
  readonly receipt: string;
}

/** One line of the inbox: an accepted envelope, without its content. */
export interface InboxEntry {
  readonly seq: number;
  readonly messageId: string;
  readonly sender: string;
  readonly purpose: string;
  readonly agreement: string;
  readonly retention: string;
  readonly tlp: string;
  readonly createdAt: string;
  readonly expiresAt: string;
  readonly receivedAt: string;
  readonly digest: string;
  readonly acknowledgedAt: string | null;
  /** When the body was deleted (it can no longer be fetched), or null while it is kept. */
  readonly deletedAt: string | null;
  /** Why the body was deleted, or null while it is kept. */
  readonly deletedBecause: DeletionReason | null;
}

/** A status update received, with the signed message as it came. */
export interface ReceivedStatus {
  readonly seq: number;
  readonly messageId: string;
  readonly inReplyTo: string;
  readonly sender: string;
  readonly referralId: string;
  readonly status: string;
  readonly createdAt: string;
  readonly receivedAt: string;
  readonly message: string;
}

type Row = Record<string, unknown>;
const iso = (value: unknown): string => new Date(value as string | Date).toISOString();
const isoOrNull = (value: unknown): string | null => (value === null ? null : iso(value));

/** The node's queries: the same SQL on PGlite and on a PostgreSQL server. */
export class NodeStore {
  constructor(readonly db: Database) {}

  /** Whether an envelope with this message id was opened before. */
  async seen(messageId: string): Promise<boolean> {
    const rows = await this.db.query("SELECT 1 FROM received_envelopes WHERE message_id = $1", [messageId]);
    return rows.length > 0;
  }

  /**
   * Stores an opened envelope and its receipt in one committed transaction. False when its message id is
   * already there (a replay that raced this one): nothing is changed then.
   */
  async saveEnvelope(received: ReceivedEnvelope, receivedAt: Date): Promise<boolean> {
    const rows = await this.db.query(
      `INSERT INTO received_envelopes (message_id, sender, purpose, agreement, retention, tlp, created_at,
         expires_at, received_at, digest, outcome, envelope, receipt)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13)
       ON CONFLICT (message_id) DO NOTHING RETURNING message_id`,
      [
        received.messageId,
        received.sender,
        received.purpose,
        received.agreement,
        received.retention,
        received.tlp,
        received.createdAt,
        received.expiresAt,
        receivedAt.toISOString(),
        received.digest,
        received.outcome,
        received.envelope ?? null,
        received.receipt,
      ],
    );
    return rows.length === 1;
  }

  /** The receipt given for a message id, and who sent that envelope, if it was opened. */
  async receiptOf(messageId: string): Promise<{ sender: string; receipt: string } | undefined> {
    const rows = await this.db.query<Row>(
      "SELECT sender, receipt FROM received_envelopes WHERE message_id = $1",
      [messageId],
    );
    const row = rows[0];
    return row === undefined ? undefined : { sender: String(row.sender), receipt: String(row.receipt) };
  }

  /** Accepted envelopes after `after` (a `seq`), oldest first; only those not acknowledged when `pending`. */
  async inbox(after: number, limit: number, pending: boolean): Promise<InboxEntry[]> {
    const rows = await this.db.query<Row>(
      `SELECT seq, message_id, sender, purpose, agreement, retention, tlp, created_at, expires_at, received_at,
         digest, acknowledged_at, envelope_deleted_at, envelope_deleted_because
       FROM received_envelopes
       WHERE outcome = 'accepted' AND seq > $1 AND ($2::boolean = false OR acknowledged_at IS NULL)
       ORDER BY seq LIMIT $3`,
      [after, pending, limit],
    );
    return rows.map((row) => ({
      seq: Number(row.seq),
      messageId: String(row.message_id),
      sender: String(row.sender),
      purpose: String(row.purpose),
      agreement: String(row.agreement),
      retention: String(row.retention),
      tlp: String(row.tlp),
      createdAt: iso(row.created_at),
      expiresAt: iso(row.expires_at),
      receivedAt: iso(row.received_at),
      digest: String(row.digest),
      acknowledgedAt: isoOrNull(row.acknowledged_at),
      deletedAt: isoOrNull(row.envelope_deleted_at),
      deletedBecause:
        row.envelope_deleted_because === null ? null : (row.envelope_deleted_because as DeletionReason),
    }));
  }

  /** An accepted envelope as received, or undefined (none accepted with this id, or its body deleted). */
  async envelope(messageId: string): Promise<string | undefined> {
    const rows = await this.db.query<Row>(
      "SELECT envelope FROM received_envelopes WHERE message_id = $1 AND outcome = 'accepted'",
      [messageId],
    );
    const envelope = rows[0]?.envelope;
    return envelope === undefined || envelope === null ? undefined : String(envelope);
  }

  /** When and why an accepted envelope's body was deleted; undefined when it is kept or was never accepted. */
  async deletionOf(messageId: string): Promise<EnvelopeDeletion | undefined> {
    const rows = await this.db.query<Row>(
      `SELECT envelope_deleted_at, envelope_deleted_because FROM received_envelopes
       WHERE message_id = $1 AND outcome = 'accepted' AND envelope_deleted_at IS NOT NULL`,
      [messageId],
    );
    const row = rows[0];
    return row === undefined
      ? undefined
      : { deletedAt: iso(row.envelope_deleted_at), because: row.envelope_deleted_because as DeletionReason };
  }

  /**
   * Deletes the bodies the node may no longer keep, in one transaction: of every accepted envelope whose
   * retention (an ISO 8601 duration, counted by the calendar in UTC from its reception) has run out at `now`,
   * then of every envelope never acknowledged that has expired (past `expiresAt` plus the clock skew
   * `openEnvelope` allows: it can no longer be opened). The rows stay, so a replayed message id is still
   * refused. A stored retention that is not such a duration never makes the purge fail: that body is kept
   * and counted. Nodes sharing a database take turns.
   */
  purge(now: Date, clockSkewMs = DEFAULT_CLOCK_SKEW_MS): Promise<PurgeResult> {
    return purgeBodies(this.db, now, clockSkewMs);
  }

  /**
   * When the next stored body falls due for `purge` (milliseconds since 1970), or undefined when no body
   * will: the earliest retention end, or expiry plus the clock skew of an envelope never acknowledged.
   */
  nextBodyDue(clockSkewMs = DEFAULT_CLOCK_SKEW_MS): Promise<number | undefined> {
    return nextBodyDue(this.db, clockSkewMs);
  }

  /** Whether an envelope still holds a body that the next purge at `now` would delete. */
  isDue(messageId: string, now: Date, clockSkewMs = DEFAULT_CLOCK_SKEW_MS): Promise<boolean> {
    return bodyIsDue(this.db, messageId, now, clockSkewMs);
  }

  /** Marks an accepted envelope as taken by the agency; its first acknowledgement time, or undefined. */
  async acknowledge(messageId: string, at: Date): Promise<string | undefined> {
    const rows = await this.db.query<Row>(
      `UPDATE received_envelopes SET acknowledged_at = COALESCE(acknowledged_at, $2)
       WHERE message_id = $1 AND outcome = 'accepted' RETURNING acknowledged_at`,
      [messageId, at.toISOString()],
    );
    return rows[0] === undefined ? undefined : iso(rows[0].acknowledged_at);
  }

  /** Stores a verified status update; false when its message id is already there. */
  async saveStatus(status: Omit<ReceivedStatus, "seq">): Promise<boolean> {
    const rows = await this.db.query(
      `INSERT INTO received_statuses (message_id, in_reply_to, sender, referral_id, status, created_at,
         received_at, message)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8) ON CONFLICT (message_id) DO NOTHING RETURNING message_id`,
      [
        status.messageId,
        status.inReplyTo,
        status.sender,
        status.referralId,
        status.status,
        status.createdAt,
        status.receivedAt,
        status.message,
      ],
    );
    return rows.length === 1;
  }

  /** Status updates received after `after`, oldest first, about one envelope when `about` is given. */
  async statuses(after: number, limit: number, about?: string): Promise<ReceivedStatus[]> {
    const rows = await this.db.query<Row>(
      `SELECT seq, message_id, in_reply_to, sender, referral_id, status, created_at, received_at, message
       FROM received_statuses WHERE seq > $1 AND ($2::uuid IS NULL OR in_reply_to = $2::uuid)
       ORDER BY seq LIMIT $3`,
      [after, about ?? null, limit],
    );
    return rows.map((row) => ({
      seq: Number(row.seq),
      messageId: String(row.message_id),
      inReplyTo: String(row.in_reply_to),
      sender: String(row.sender),
      referralId: String(row.referral_id),
      status: String(row.status),
      createdAt: iso(row.created_at),
      receivedAt: iso(row.received_at),
      message: String(row.message),
    }));
  }

  /** Records a signed request's nonce; false when it was used before (a replayed request). */
  async useNonce(agency: string, nonce: string, keepUntil: Date): Promise<boolean> {
    const rows = await this.db.query(
      `INSERT INTO request_nonces (agency, nonce, keep_until) VALUES ($1, $2, $3)
       ON CONFLICT (agency, nonce) DO NOTHING RETURNING nonce`,
      [agency, nonce, keepUntil.toISOString()],
    );
    return rows.length === 1;
  }

  /** Forgets nonces whose requests have expired. */
  async pruneNonces(now: Date): Promise<void> {
    await this.db.query("DELETE FROM request_nonces WHERE keep_until < $1", [now.toISOString()]);
  }
}
