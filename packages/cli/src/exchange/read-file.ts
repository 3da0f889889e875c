import { open } from "node:fs/promises";
import { resolve } from "node:path";
import type { CliIo } from "../io.js";
import type { CliCatalogue } from "../messages/messages.js";

import { reasonOf } from "../validate/read-error.js";

/** A whole input file's bytes, or the localised reason it cannot be read. */
export type FileRead =
  | { readonly ok: true; readonly bytes: Uint8Array }
  | { readonly ok: false; readonly error: string };

/**
 * Reads a whole file, refusing what is not a regular file and, without reading it, a file over `maxBytes`
 * (its bytes then go to the caller, which refuses them as too large). Only the system error code is shown.
 */
export async function readInputFile(
  name: string,
  io: CliIo,
  messages: CliCatalogue,
  maxBytes: number,
): Promise<FileRead> {
  const fail = (error: unknown): FileRead => ({
    ok: false,
    error: messages.format(messages.errors.unreadable, { file: name, reason: reasonOf(error, messages) }),
  });
  let handle: Awaited<ReturnType<typeof open>> | undefined;
  try {
    handle = await open(resolve(io.cwd ?? process.cwd(), name), "r");
    const stats = await handle.stat();
    if (!stats.isFile()) return fail("notAFile");
    // One byte over the limit is enough for the reader to say "too large".
    if (stats.size > maxBytes) return { ok: true, bytes: new Uint8Array(maxBytes + 1) };
    return { ok: true, bytes: new Uint8Array(await handle.readFile()) };
  } catch (error) {
    return fail(error);
  } finally {
    await handle?.close().catch(() => undefined);
  }
}
