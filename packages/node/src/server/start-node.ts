import type { AddressInfo } from "node:net";
import { serve } from "@hono/node-server";
import type { Database } from "../db/database.js";
import { NodeStore } from "../db/node-store.js";
import { type DatabaseOptions, openDatabase } from "../db/open-database.js";
import { createApp, type NodeAppOptions } from "./create-app.js";
import {
  DEFAULT_PURGE_INTERVAL_MS,
  type PurgeLogger,
  startPurgeSchedule,
  stderrPurgeLogger,
} from "./purge-schedule.js";

/** Options of `startNode`: the app's, where to listen and where to keep the data. */
export interface StartNodeOptions extends Omit<NodeAppOptions, "store">, DatabaseOptions {
  /** Port to listen on; 0 (default) picks a free one. */
  readonly port?: number;
  /** Address to listen on; default 127.0.0.1 (put a TLS-terminating proxy in front for other hosts). */
  readonly host?: string;
  /** A database already opened and migrated (`openDatabase`); the node closes it when it stops. */
  readonly database?: Database;
  /**
   * The longest wait between two deletions of the bodies the node may no longer keep (retention run out, or
   * expired before being acknowledged), in milliseconds; default an hour. The node also deletes them at start
   * and when the next body falls due. 0 turns it off.
   */
  readonly purgeIntervalMs?: number;
  /** Where each purge's counts go; default a JSON line on standard error when something was deleted or skipped. */
  readonly purgeLog?: PurgeLogger;
}

/** A running node. */
export interface RunningNode {
  /** Its base URL (`http://127.0.0.1:PORT`). */
  readonly url: string;
  readonly database: "pglite" | "postgres";
  /** Stops listening, lets running requests finish, and closes the database. */
  close(): Promise<void>;
}

/**
 * Opens the database (migrating it), deletes the envelope bodies it may no longer keep, and serves the node's
 * API over HTTP, purging again when the next body falls due and at least every `purgeIntervalMs`.
 */
export async function startNode(options: StartNodeOptions): Promise<RunningNode> {
  const db = options.database ?? (await openDatabase(options));
  const store = new NodeStore(db);
  const app = createApp({ ...options, store });
  const host = options.host ?? "127.0.0.1";
  const clock = options.clock ?? (() => new Date());
  let purging: Awaited<ReturnType<typeof startPurgeSchedule>>;
  try {
    purging = await startPurgeSchedule(
      store,
      options.purgeIntervalMs ?? DEFAULT_PURGE_INTERVAL_MS,
      clock,
      options.purgeLog ?? stderrPurgeLogger,
    );
  } catch (error) {
    await db.close().catch(() => {});
    throw error;
  }
  let server: ReturnType<typeof serve>;
  try {
    server = await new Promise<ReturnType<typeof serve>>((resolve, reject) => {
      const started = serve({ fetch: app.fetch, port: options.port ?? 0, hostname: host }, () =>
        resolve(started),
      );
      started.once("error", reject);
    });
  } catch (error) {
    await purging.stop();
    await db.close().catch(() => {});
    throw error;
  }
  const { port } = server.address() as AddressInfo;
  const pruning = setInterval(() => store.pruneNonces(clock()).catch(() => {}), 60_000);
  pruning.unref();
  return {
    url: `http://${host.includes(":") ? `[${host}]` : host}:${port}`,
    database: db.kind,
    async close() {
      clearInterval(pruning);
      await purging.stop();
      await new Promise<void>((resolve) => server.close(() => resolve()));
      await db.close();
    },
  };
}
