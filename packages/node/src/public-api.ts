// The public surface of @tip/exchange-node. The client alone is `@tip/exchange-node/client`.

export { openApiDocument } from "./api/openapi.js";
export {
  type ErrorCode,
  PROBLEM_MEDIA_TYPE,
  PROBLEM_TITLES,
  PROBLEM_TYPE_PREFIX,
  type ProblemExtras,
  problemDetails,
  problemType,
} from "./api/problems.js";
export { NODE_ERRORS } from "./api/schemas.js";
export { AUTH_PROBLEMS, type AuthProblem, verifyRequest } from "./auth/verify-request.js";
export * from "./client.js";
export type { Database, Queryable } from "./db/database.js";
export { MIGRATIONS, migrate } from "./db/migrations.js";
export type { DeletionReason, EnvelopeDeletion, InboxEntry, PurgeResult } from "./db/node-store.js";
export { NodeStore } from "./db/node-store.js";
export { type DatabaseOptions, openDatabase } from "./db/open-database.js";
export { createApp, type NodeAppOptions } from "./server/create-app.js";
export {
  DEFAULT_PURGE_INTERVAL_MS,
  MAX_PURGE_INTERVAL_MS,
  type PurgeLogger,
  type PurgeLogLine,
} from "./server/purge-schedule.js";
export { DEFAULT_RATE_LIMIT, type RateLimit } from "./server/rate-limit.js";
export type { RequestLogger, RequestLogLine } from "./server/request-log.js";
export { type RunningNode, type StartNodeOptions, startNode } from "./server/start-node.js";
