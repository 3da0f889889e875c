import { appendFile, readFile } from "node:fs/promises";
import { resolve } from "node:path";
import { MemoryReplayStore, type ReplayStore } from "@tip/exchange";
import type { CliIo } from "../io.js";
import { errorCode } from "../output/output-error.js";

const ENTRY = /^\{"messageId":"[0-9a-f-]{36}","until":\d{1,16}\}$/;

/**
 * The message ids opened before, kept in a file between runs of `tip open`: one JSON line per id with the time
 * (epoch milliseconds) until which it must be remembered. An id opened now is added only by `commit`, once the
 * bundle is written, so a run that fails can be repeated. Runs of `tip open` on one file should not overlap:
 * the reference node keeps this in a database with a unique key instead.
 */
export class SeenFile implements ReplayStore {
  readonly #store = new MemoryReplayStore();
  #pending: string | undefined;

  private constructor(readonly path: string) {}

  /** Reads the file (a missing one is empty); a line that is not an entry gives its number. */
  static async open(name: string, io: CliIo): Promise<SeenFile | { badLine: number } | { error: unknown }> {
    const seen = new SeenFile(resolve(io.cwd ?? process.cwd(), name));
    let text = "";
    try {
      text = await readFile(seen.path, "utf8");
    } catch (error) {
      if (errorCode(error) !== "ENOENT") return { error };
    }
    const lines = text.split("\n");
    for (const [index, line] of lines.entries()) {
      if (line === "" && index === lines.length - 1) break;
      if (!ENTRY.test(line)) return { badLine: index + 1 };
      const entry = JSON.parse(line) as { messageId: string; until: number };
      seen.#store.remember(entry.messageId, entry.until, 0);
    }
    return seen;
  }

  remember(messageId: string, until: number, now: number): boolean {
    const fresh = this.#store.remember(messageId, until, now);
    if (fresh) this.#pending = JSON.stringify({ messageId: messageId.toLowerCase(), until });
    return fresh;
  }

  /** Adds the id opened in this run to the file (created readable by its owner only). */
  async commit(): Promise<void> {
    if (this.#pending === undefined) return;
    await appendFile(this.path, `${this.#pending}\n`, { mode: 0o600 });
    this.#pending = undefined;
  }
}
