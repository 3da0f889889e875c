import { Readable } from "node:stream";

/**
 * Text to convert: a whole string or buffer, a Node readable stream (e.g. `fs.createReadStream`), or any
 * (async) iterable of string / byte chunks. Streams are read chunk by chunk, never whole.
 */
export type Source =
  | string
  | Uint8Array
  | NodeJS.ReadableStream
  | Iterable<string | Uint8Array>
  | AsyncIterable<string | Uint8Array>;

/** A Node readable over any source. */
export function toReadable(source: Source): Readable {
  if (source instanceof Readable) return source;
  if (typeof source === "string" || source instanceof Uint8Array) return Readable.from([source]);
  if (Symbol.asyncIterator in source || Symbol.iterator in source)
    return Readable.from(source as AsyncIterable<string | Uint8Array>);
  return new Readable().wrap(source);
}
