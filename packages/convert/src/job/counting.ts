import { type Source, toReadable } from "../io/source.js";

/** Records passed through once, counted on the way. */
export interface Counted<T> extends AsyncIterable<T> {
  /** Records that went through so far. */
  count(): number;
}

/** Wraps records (a list or a stream) so the ones that go through are counted. */
export function counted<T>(records: AsyncIterable<T> | readonly T[]): Counted<T> {
  let count = 0;
  async function* each(): AsyncGenerator<T, void, undefined> {
    for await (const record of records) {
      count++;
      yield record;
    }
  }
  return { [Symbol.asyncIterator]: each, count: () => count };
}

/** Reads a whole source into bytes (for the formats that are read whole: HTCDS CSV and workbooks). */
export async function collectBytes(source: Source): Promise<Uint8Array> {
  if (source instanceof Uint8Array) return source;
  if (typeof source === "string") return new TextEncoder().encode(source);
  const chunks: Buffer[] = [];
  for await (const chunk of toReadable(source)) {
    chunks.push(typeof chunk === "string" ? Buffer.from(chunk, "utf8") : Buffer.from(chunk));
  }
  return new Uint8Array(Buffer.concat(chunks));
}
