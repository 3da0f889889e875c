import type { AgencyKeyRing, Envelope, SignedMessage } from "@tip/exchange";
import { signRequest } from "../auth/request-signature.js";

/**
 * A node's answer: the HTTP status and the JSON body (or the raw text for an envelope). An error's body is a
 * problem details object (RFC 9457: `type`, `title`, `status`) with the `code` that says why; an older node's
 * plain `{ "code": ... }` reads the same way.
 */
export interface NodeAnswer<Body = Record<string, unknown>> {
  readonly status: number;
  readonly body: Body;
}

/** Options of the client. */
export interface NodeClientOptions {
  /** The node's base URL. */
  readonly url: string;
  /** The calling agency's private keys: every request is signed with them. */
  readonly keys: AgencyKeyRing;
  /** The clock; tests give a fixed one. */
  readonly clock?: () => Date;
  /** How long to wait for an answer, in milliseconds; default 60 s. */
  readonly timeoutMs?: number;
}

/**
 * Talks to an exchange node with signed requests: send envelopes and status updates to a partner's node; list,
 * fetch and acknowledge what your own node received. Network failures reject (a `TypeError` from fetch, or a
 * timeout); every HTTP answer resolves with its status, and the body's `code` says why when it is an error.
 */
export class NodeClient {
  readonly #base: URL;
  constructor(readonly options: NodeClientOptions) {
    this.#base = new URL(options.url);
  }

  /** Sends an envelope (as JSON text or parsed): 201 accepted, 422 rejected or refused, 409 replayed. */
  send(envelope: string | Envelope): Promise<NodeAnswer> {
    return this.#call(
      "POST",
      "/v1/envelopes",
      typeof envelope === "string" ? envelope : JSON.stringify(envelope),
    );
  }

  /** Sends a signed status update: 201 stored. */
  sendStatus(message: SignedMessage): Promise<NodeAnswer> {
    return this.#call("POST", "/v1/status", JSON.stringify(message));
  }

  /** Lists envelopes received after `after` (only the unacknowledged ones with `pending`). */
  inbox(query: { after?: number; limit?: number; pending?: boolean } = {}): Promise<NodeAnswer> {
    const params = new URLSearchParams();
    if (query.after !== undefined) params.set("after", String(query.after));
    if (query.limit !== undefined) params.set("limit", String(query.limit));
    if (query.pending) params.set("pending", "true");
    const search = params.size === 0 ? "" : `?${params}`;
    return this.#call("GET", `/v1/inbox${search}`);
  }

  /**
   * Fetches one envelope as received: its text in `body.envelope` when the status is 200. 404: none with this
   * id; 410: its content was deleted (`body.code` is `envelope_deleted`, `body.because` `retention` or
   * `expired`, `body.deletedAt` when), though it can still be acknowledged.
   */
  async fetchEnvelope(messageId: string): Promise<NodeAnswer> {
    return this.#call("GET", `/v1/inbox/${encodeURIComponent(messageId)}`, undefined, true);
  }

  /** Acknowledges an envelope taken in. */
  acknowledge(messageId: string): Promise<NodeAnswer> {
    return this.#call("POST", `/v1/inbox/${encodeURIComponent(messageId)}/ack`);
  }

  /** Lists status updates received, about one envelope when `about` is given. */
  statuses(query: { after?: number; about?: string } = {}): Promise<NodeAnswer> {
    const params = new URLSearchParams();
    if (query.after !== undefined) params.set("after", String(query.after));
    if (query.about !== undefined) params.set("about", query.about);
    const search = params.size === 0 ? "" : `?${params}`;
    return this.#call("GET", `/v1/status${search}`);
  }

  async #call(method: string, path: string, text?: string, raw = false): Promise<NodeAnswer> {
    const url = new URL(
      path.replace(/^\//, ""),
      this.#base.href.endsWith("/") ? this.#base : `${this.#base.href}/`,
    );
    const body = text === undefined ? new Uint8Array() : new TextEncoder().encode(text);
    const authorization = await signRequest(this.options.keys, {
      method,
      path: url.pathname + url.search,
      body,
      now: (this.options.clock ?? (() => new Date()))(),
    });
    const response = await fetch(url, {
      method,
      headers: { authorization, ...(text === undefined ? {} : { "content-type": "application/json" }) },
      ...(text === undefined ? {} : { body }),
      signal: AbortSignal.timeout(this.options.timeoutMs ?? 60_000),
    });
    const answer = await response.text();
    // Whatever the media type (application/json, or application/problem+json for an error): a JSON object is
    // the body, anything else an empty one.
    if (raw && response.status === 200) return { status: 200, body: { envelope: answer } };
    let parsed: Record<string, unknown>;
    try {
      const value = JSON.parse(answer) as unknown;
      parsed =
        value !== null && typeof value === "object" && !Array.isArray(value)
          ? (value as Record<string, unknown>)
          : {};
    } catch {
      parsed = {};
    }
    return { status: response.status, body: parsed };
  }
}
