import type { HttpBindings } from "@hono/node-server";
import {
  type AgencyKeyRing,
  createReceipt,
  DEFAULT_MAX_ENVELOPE_BYTES,
  openEnvelope,
  type TrustDirectory,
  verifyMessage,
} from "@tip/exchange";
import { type Context, Hono } from "hono";
import { bodyLimit } from "hono/body-limit";
import { createMiddleware } from "hono/factory";
import { openApiDocument } from "../api/openapi.js";
import { type ErrorCode, PROBLEM_MEDIA_TYPE, type ProblemExtras, problemDetails } from "../api/problems.js";
import { PageQuery } from "../api/schemas.js";
import { verifyRequest } from "../auth/verify-request.js";
import type { NodeStore } from "../db/node-store.js";
import { DEFAULT_RATE_LIMIT, type RateLimit, RateLimiter } from "./rate-limit.js";
import { type RequestLogger, stderrLogger } from "./request-log.js";

/** Largest status update or other small body accepted: 64 KiB. */
const MAX_SMALL_BODY = 64 * 1024;
/** Failed signatures tolerated per address: a few a second. */
const FAILED_AUTH_LIMIT: RateLimit = { perSecond: 5, burst: 20 };

/** What a node needs to run. */
export interface NodeAppOptions {
  /** This agency's private keys: it opens envelopes and signs receipts with them. */
  readonly keys: AgencyKeyRing;
  /** The agencies it trusts, this one included (its own key signs the inbox requests). */
  readonly trust: TrustDirectory;
  readonly store: NodeStore;
  /** Largest envelope accepted; default 64 MiB. */
  readonly maxEnvelopeBytes?: number;
  /** Requests per calling agency; default 50 a second in bursts of 100. */
  readonly rateLimit?: RateLimit;
  /** Where one line per request goes; default standard error. */
  readonly log?: RequestLogger;
  /** The clock; tests give a fixed one. */
  readonly clock?: () => Date;
}

type Env = { Bindings: HttpBindings; Variables: { agency: string; code: string; body: Uint8Array } };

/**
 * The node's HTTP API (Hono): agencies post envelopes and status updates with signed requests; the agency
 * that runs the node lists, fetches and acknowledges what it received. See the OpenAPI document.
 */
export function createApp(options: NodeAppOptions): Hono<Env> {
  const { keys, trust, store } = options;
  const me = keys.agencyId.toLowerCase();
  const clock = options.clock ?? (() => new Date());
  const log = options.log ?? stderrLogger;
  const limiter = new RateLimiter(options.rateLimit ?? DEFAULT_RATE_LIMIT);
  const failures = new RateLimiter(FAILED_AUTH_LIMIT);
  const maxEnvelope = options.maxEnvelopeBytes ?? DEFAULT_MAX_ENVELOPE_BYTES;
  const app = new Hono<Env>();
  /** Every error answer goes through here: a problem details document (RFC 9457) for the code. */
  const error = (
    c: Context<Env>,
    status: 400 | 401 | 403 | 404 | 409 | 410 | 413 | 422 | 429 | 500,
    code: ErrorCode,
    extras: ProblemExtras = {},
  ) => {
    c.set("code", code);
    return c.body(JSON.stringify(problemDetails(code, status, extras)), status, {
      "content-type": PROBLEM_MEDIA_TYPE,
    });
  };

  app.use(async (c, next) => {
    const started = performance.now();
    await next();
    log({
      time: clock().toISOString(),
      method: c.req.method,
      route: c.req.routePath,
      status: c.res.status,
      ms: Math.round((performance.now() - started) * 10) / 10,
      ...(c.get("agency") === undefined ? {} : { agency: c.get("agency") }),
      ...(c.get("code") === undefined ? {} : { code: c.get("code") }),
    });
  });
  app.onError((_cause, c) => error(c, 500, "storage_failed"));
  app.notFound((c) => error(c, 404, "not_found"));

  /** Refuses a body larger than `maxBytes` before reading it all. */
  const limit = (maxBytes: number) =>
    bodyLimit({ maxSize: maxBytes, onError: (c) => error(c as Context<Env>, 413, "body_too_large") });

  /** Checks the request's signature and rate; the calling agency is then `c.get("agency")`. */
  const signed = (ownerOnly: boolean) =>
    createMiddleware<Env>(async (c, next) => {
      const body = new Uint8Array(await c.req.arrayBuffer());
      const url = new URL(c.req.url);
      const now = clock();
      const checked = await verifyRequest(
        {
          authorization: c.req.header("authorization"),
          method: c.req.method,
          path: url.pathname + url.search,
          body,
        },
        trust,
        now.getTime(),
        (agency, nonce, until) => store.useNonce(agency, nonce, new Date(until)),
      );
      if (!checked.ok) {
        const address = c.env?.incoming?.socket?.remoteAddress ?? "unknown";
        if (failures.take(`address:${address}`, performance.now()) > 0) return error(c, 429, "rate_limited");
        return error(c, 401, checked.problem);
      }
      c.set("agency", checked.agency);
      // Real elapsed time, not the node's clock (which tests may hold still): the bucket must refill.
      const wait = limiter.take(checked.agency, performance.now());
      if (wait > 0) {
        c.header("Retry-After", String(wait));
        return error(c, 429, "rate_limited");
      }
      if (ownerOnly && checked.agency !== me) return error(c, 403, "forbidden");
      c.set("body", body);
      await next();
    });

  app.get("/v1/health", (c) => c.json({ status: "ok", agency: me, database: store.db.kind }));
  app.get("/openapi.json", (c) => c.json(openApiDocument()));

  app.post("/v1/envelopes", limit(maxEnvelope), signed(false), async (c) => {
    const caller = c.get("agency");
    const now = clock();
    const opened = await openEnvelope(c.get("body"), {
      keys,
      trust,
      now,
      maxBytes: maxEnvelope,
      // Only a look: the row stored below, under the message id's unique key, is what makes it seen.
      replay: { remember: async (messageId) => !(await store.seen(messageId)) },
    });
    if (!opened.ok) {
      const { code, kid } = opened.refusal;
      if (code === "replayed") return replayed(c, caller);
      return error(c, code === "too_large" ? 413 : 422, code, kid === undefined ? {} : { kid });
    }
    const { header, validation, digest } = opened;
    if (header.sender.toLowerCase() !== caller) return error(c, 403, "sender_not_caller");
    const outcome = validation.ok ? "accepted" : "rejected";
    const receipt = await createReceipt({
      keys,
      inReplyTo: header.messageId,
      to: header.sender,
      outcome,
      ...(validation.ok ? {} : { issues: validation.summary.byCode }),
      digest,
      now,
    });
    const saved = await store.saveEnvelope(
      {
        messageId: header.messageId,
        sender: header.sender.toLowerCase(),
        purpose: header.purpose,
        agreement: header.agreement,
        retention: header.retention,
        tlp: header.tlp,
        createdAt: header.createdAt,
        expiresAt: header.expiresAt,
        digest,
        outcome,
        ...(validation.ok ? { envelope: new TextDecoder().decode(c.get("body")) } : {}),
        receipt: JSON.stringify(receipt),
      },
      now,
    );
    if (!saved) return replayed(c, caller);
    // Answered only now: the row is committed.
    return c.json({ messageId: header.messageId, outcome, receipt }, validation.ok ? 201 : 422);
  });

  /** A message id opened before: refused; its sender gets the first receipt back (a lost answer retried). */
  async function replayed(c: Context<Env>, caller: string) {
    const header = await peekMessageId(c.get("body"));
    const first = header === undefined ? undefined : await store.receiptOf(header);
    const receipt = first !== undefined && first.sender === caller ? JSON.parse(first.receipt) : undefined;
    return error(c, 409, "replayed", receipt === undefined ? {} : { receipt });
  }

  app.get("/v1/inbox", limit(0), signed(true), async (c) => {
    const query = PageQuery.safeParse(c.req.query());
    if (!query.success) return error(c, 400, "bad_request");
    const items = await store.inbox(query.data.after, query.data.limit, query.data.pending === "true");
    return c.json({ items, next: items.at(-1)?.seq ?? query.data.after });
  });

  app.get("/v1/inbox/:messageId", limit(0), signed(true), async (c) => {
    const id = messageIdParam(c.req.param("messageId") ?? "");
    // Due since the last purge: purge now rather than hand out what may no longer be kept.
    const now = clock();
    if (id !== undefined && (await store.isDue(id, now))) await store.purge(now);
    const envelope = id === undefined ? undefined : await store.envelope(id);
    if (envelope === undefined) {
      // Gone for good: its retention ran out, or it expired unacknowledged. The answer says when and why.
      const deletion = id === undefined ? undefined : await store.deletionOf(id);
      if (deletion === undefined) return error(c, 404, "not_found");
      return error(c, 410, "envelope_deleted", { because: deletion.because, deletedAt: deletion.deletedAt });
    }
    return c.body(envelope, 200, { "content-type": "application/json" });
  });

  app.post("/v1/inbox/:messageId/ack", limit(0), signed(true), async (c) => {
    const id = messageIdParam(c.req.param("messageId") ?? "");
    const at = id === undefined ? undefined : await store.acknowledge(id, clock());
    if (id === undefined || at === undefined) return error(c, 404, "not_found");
    return c.json({ messageId: id, acknowledgedAt: at });
  });

  app.post("/v1/status", limit(MAX_SMALL_BODY), signed(false), async (c) => {
    const now = clock();
    const verified = await verifyMessage(c.get("body"), { trust, agencyId: me, now });
    if (!verified.ok) return error(c, 422, verified.refusal.code);
    const message = verified.message;
    if (message.type !== "status") return error(c, 422, "not_a_status_update");
    if (message.from !== c.get("agency")) return error(c, 403, "sender_not_caller");
    const saved = await store.saveStatus({
      messageId: message.messageId,
      inReplyTo: message.inReplyTo,
      sender: message.from,
      referralId: message.referralId,
      status: message.status,
      createdAt: message.createdAt,
      receivedAt: now.toISOString(),
      message: new TextDecoder().decode(c.get("body")),
    });
    if (!saved) return error(c, 409, "replayed");
    return c.json({ messageId: message.messageId }, 201);
  });

  app.get("/v1/status", limit(0), signed(true), async (c) => {
    const query = PageQuery.safeParse(c.req.query());
    if (!query.success) return error(c, 400, "bad_request");
    const rows = await store.statuses(query.data.after, query.data.limit, query.data.about?.toLowerCase());
    const items = rows.map((row) => ({ ...row, message: JSON.parse(row.message) }));
    return c.json({ items, next: items.at(-1)?.seq ?? query.data.after });
  });

  return app;
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

function messageIdParam(value: string): string | undefined {
  return UUID.test(value) ? value.toLowerCase() : undefined;
}

/** The message id in an envelope's protected header, read without trusting it (for a replay's answer). */
async function peekMessageId(body: Uint8Array): Promise<string | undefined> {
  try {
    const envelope = JSON.parse(new TextDecoder().decode(body)) as { protected?: unknown };
    if (typeof envelope.protected !== "string") return undefined;
    const { base64url } = await import("jose");
    const header = JSON.parse(new TextDecoder().decode(base64url.decode(envelope.protected))) as {
      tip?: { messageId?: unknown };
    };
    const id = header.tip?.messageId;
    return typeof id === "string" ? messageIdParam(id) : undefined;
  } catch {
    return undefined;
  }
}
