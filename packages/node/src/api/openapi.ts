import * as z from "zod";
import { AUTH_SCHEME } from "../auth/request-signature.js";
import { PROBLEM_MEDIA_TYPE, PROBLEM_TYPE_PREFIX } from "./problems.js";
import {
  Acknowledgement,
  ErrorBody,
  EXCHANGE_SCHEMAS,
  Health,
  InboxItem,
  InboxPage,
  ReceiptAnswer,
  SignedMessageBody,
  StatusItem,
  StatusPage,
  StatusStored,
} from "./schemas.js";

const ref = (name: string) => ({ $ref: `#/components/schemas/${name}` });
const json = (name: string, description: string) => ({
  description,
  content: { "application/json": { schema: ref(name) } },
});
/** An error answer: a problem details document (RFC 9457). */
const problem = { [PROBLEM_MEDIA_TYPE]: { schema: ref("Error") } };
const errors = (...statuses: number[]) =>
  Object.fromEntries(
    statuses.map((status) => [
      String(status),
      { description: ERROR_TEXT[status] ?? "error", content: problem },
    ]),
  );
const ERROR_TEXT: Record<number, string> = {
  400: "bad query",
  401: "request signature refused (code says why)",
  403: "not allowed for this agency",
  404: "no such message",
  409: "message id seen before",
  410: "the envelope's content was deleted (code envelope_deleted; `because` and `deletedAt` say why and when)",
  413: "body too large",
  422: "refused (code says why)",
  429: "too many requests (see Retry-After)",
  500: "the node could not complete the request (code storage_failed)",
};
const page = [
  { name: "after", in: "query", schema: { type: "integer", minimum: 0, default: 0 } },
  { name: "limit", in: "query", schema: { type: "integer", minimum: 1, maximum: 1000, default: 100 } },
];
const messageId = {
  name: "messageId",
  in: "path",
  required: true,
  schema: { type: "string", format: "uuid" },
};
const signed = [{ signedRequest: [] }];

/** The schemas of the API as JSON Schema (2020-12, OpenAPI 3.1's dialect), from the zod schemas the node uses. */
function componentSchemas(): Record<string, unknown> {
  const registry = z.registry<{ id: string }>();
  const named = {
    Error: ErrorBody,
    SignedMessage: SignedMessageBody,
    ReceiptAnswer,
    InboxItem,
    InboxPage,
    Acknowledgement,
    StatusItem,
    StatusPage,
    StatusStored,
    Health,
    ...EXCHANGE_SCHEMAS,
  };
  for (const [id, schema] of Object.entries(named)) registry.add(schema as z.ZodType, { id });
  const { schemas } = z.toJSONSchema(registry, {
    target: "draft-2020-12",
    uri: (id) => `#/components/schemas/${id}`,
    unrepresentable: "any",
  });
  const out: Record<string, unknown> = {};
  for (const id of Object.keys(schemas).sort()) {
    const { $schema: _dialect, $id: _id, ...schema } = schemas[id] as Record<string, unknown>;
    out[id] = schema;
  }
  return out;
}

/** The node's OpenAPI 3.1 document. `openapi.json` in the package is this, written by `npm run generate`. */
export function openApiDocument(): Record<string, unknown> {
  return {
    openapi: "3.1.0",
    info: {
      title: "TIP exchange node",
      version: "1",
      description: `Receives sealed envelopes (stored encrypted as received, and deleted once their retention runs out or they expire unacknowledged) and answers with signed receipts; lists, hands out and acknowledges what this agency received; carries signed referral status updates. Every call but /v1/health and /openapi.json is a signed request. Every error answer is a problem details document (RFC 9457, ${PROBLEM_MEDIA_TYPE}): its type is ${PROBLEM_TYPE_PREFIX}<code>, its title a fixed English summary of that code, its status the HTTP status; code is the same code, and kid, receipt, because and deletedAt come with the codes that have them. No detail or instance: nothing of the request is echoed.`,
      license: { name: "Apache-2.0", identifier: "Apache-2.0" },
    },
    paths: {
      "/v1/envelopes": {
        post: {
          summary: "Send an envelope to this node's agency",
          security: signed,
          requestBody: {
            required: true,
            content: {
              "application/json": {
                schema: {
                  type: "object",
                  description: "a sealed envelope (JWE, general JSON serialization)",
                },
              },
            },
          },
          responses: {
            "201": json("ReceiptAnswer", "opened, valid and stored: the signed receipt (accepted)"),
            "422": {
              description:
                "opened but the bundle is invalid (a signed rejection, application/json), or refused (a problem, code says why)",
              content: { "application/json": { schema: ref("ReceiptAnswer") }, ...problem },
            },
            ...errors(401, 403, 409, 413, 429, 500),
          },
        },
      },
      "/v1/inbox": {
        get: {
          summary: "List the envelopes received (the node's own agency only)",
          security: signed,
          parameters: [
            ...page,
            { name: "pending", in: "query", schema: { type: "string", enum: ["true", "false"] } },
          ],
          responses: {
            "200": json(
              "InboxPage",
              "envelopes received, oldest first; those whose content was deleted are listed with deletedAt and deletedBecause",
            ),
            ...errors(400, 401, 403, 429, 500),
          },
        },
      },
      "/v1/inbox/{messageId}": {
        get: {
          summary: "Fetch an envelope as received (still encrypted)",
          description:
            "The node deletes an envelope's content once the retention period its sender set has run out (counted from reception), or once it expired before being acknowledged; its row stays, so the message id is still refused if sent again and the envelope can still be acknowledged. A deleted one answers 410, as does one that fell due since the last purge (it is purged then).",
          security: signed,
          parameters: [messageId],
          responses: {
            "200": {
              description: "the envelope",
              content: { "application/json": { schema: { type: "object" } } },
            },
            ...errors(401, 403, 404, 410, 429, 500),
          },
        },
      },
      "/v1/inbox/{messageId}/ack": {
        post: {
          summary: "Acknowledge an envelope taken into the agency's own systems",
          security: signed,
          parameters: [messageId],
          responses: {
            "200": json("Acknowledgement", "acknowledged (again: the first time is kept)"),
            ...errors(401, 403, 404, 429, 500),
          },
        },
      },
      "/v1/status": {
        post: {
          summary: "Send a signed referral status update to this node's agency",
          security: signed,
          requestBody: { required: true, content: { "application/json": { schema: ref("SignedMessage") } } },
          responses: {
            "201": json("StatusStored", "verified and stored"),
            ...errors(401, 403, 409, 413, 422, 429, 500),
          },
        },
        get: {
          summary: "List the status updates received (the node's own agency only)",
          security: signed,
          parameters: [...page, { name: "about", in: "query", schema: { type: "string", format: "uuid" } }],
          responses: {
            "200": json("StatusPage", "status updates, oldest first"),
            ...errors(400, 401, 403, 429, 500),
          },
        },
      },
      "/v1/health": {
        get: { summary: "Whether the node runs", responses: { "200": json("Health", "running") } },
      },
    },
    components: {
      securitySchemes: {
        signedRequest: {
          type: "apiKey",
          in: "header",
          name: "Authorization",
          description: `\`${AUTH_SCHEME} <compact JWS>\`: ES256 by the calling agency's registered signing key (its kid in the header, typ tip-request+jws) over {agency, method, path, digest (SHA-256 of the body, base64url), iat (epoch ms), nonce (UUID)}; good for one minute, once.`,
        },
      },
      schemas: componentSchemas(),
    },
  };
}
