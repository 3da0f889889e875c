import { Buffer } from "node:buffer";
import { open } from "node:fs/promises";
import { resolve } from "node:path";
import type { CliIo } from "../io.js";

/** Bytes read at a time. */
const CHUNK_BYTES = 256 * 1024;

/** An input that can be read once or twice: a regular file is read again; anything else is replayed. */
export interface InputSource {
  /** The bytes of one pass over the input. */
  chunks(): AsyncIterable<Buffer>;
  /** The size in bytes of a regular file; undefined for standard input, a pipe or a device. */
  readonly size: number | undefined;
  /** Releases the file. */
  close(): Promise<void>;
}

/**
 * Opens an input for `passes` readings (`-` is standard input). A regular file is read from its start each time;
 * standard input, a pipe or a device can be read once only, so for a second pass its bytes are kept in memory
 * during the first (never on disk: they are victim data). Throws the system error when it cannot be opened, or
 * `EISDIR` for a directory.
 */
export async function openInput(name: string, io: CliIo, passes: 1 | 2): Promise<InputSource> {
  if (name === "-") return streamSource(io.stdin ?? emptyStream(), passes, async () => undefined);
  const handle = await open(resolve(io.cwd ?? process.cwd(), name), "r");
  let size: number;
  try {
    const stats = await handle.stat();
    size = stats.size;
    if (stats.isDirectory()) throw Object.assign(new Error("EISDIR"), { code: "EISDIR" });
    if (!stats.isFile()) {
      const stream = handle.createReadStream({ highWaterMark: CHUNK_BYTES, autoClose: false });
      return streamSource(stream, passes, () => handle.close());
    }
  } catch (error) {
    await handle.close();
    throw error;
  }
  return {
    size,
    async *chunks() {
      let position = 0;
      for (;;) {
        const buffer = Buffer.allocUnsafe(CHUNK_BYTES);
        const { bytesRead } = await handle.read(buffer, 0, CHUNK_BYTES, position);
        if (bytesRead === 0) return;
        position += bytesRead;
        yield buffer.subarray(0, bytesRead);
      }
    },
    close: () => handle.close(),
  };
}

function streamSource(
  stream: AsyncIterable<unknown>,
  passes: 1 | 2,
  close: () => Promise<void>,
): InputSource {
  let kept: (Buffer | undefined)[] | undefined;
  let read = false;
  return {
    size: undefined,
    async *chunks() {
      if (read) {
        // The second pass hands the kept bytes back and lets each go once handed.
        const chunks = kept ?? [];
        for (let at = 0; at < chunks.length; at++) {
          const chunk = chunks[at] as Buffer;
          chunks[at] = undefined;
          yield chunk;
        }
        kept = undefined;
        return;
      }
      read = true;
      if (passes === 2) kept = [];
      for await (const chunk of stream) {
        const bytes = Buffer.isBuffer(chunk) ? chunk : Buffer.from(chunk as Uint8Array | string);
        kept?.push(bytes);
        yield bytes;
      }
    },
    close,
  };
}

async function* emptyStream(): AsyncGenerator<Buffer> {
  // Nothing: no standard input was given.
}
