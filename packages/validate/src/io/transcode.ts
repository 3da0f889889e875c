import { Buffer } from "node:buffer";
import { TextDecodeError, TextInputDecoder } from "./text-decoder.js";
import { type EncodingOption, SNIFF_BYTES, sniffEncoding } from "./text-encoding.js";

/**
 * The bytes of an input as UTF-8, for readers that work on UTF-8 bytes. UTF-8 input (given, or found by
 * `auto`: no byte order mark or a UTF-8 one, no UTF-16 pattern) passes through untouched, so the readers'
 * own checks (UTF-8 per line, NUL bytes) and their speed stay as they are. Anything else (UTF-16 found by
 * its byte order mark or NUL pattern, or an encoding given) is decoded and re-encoded as UTF-8. Bytes that do
 * not decode end the input (after the whole lines before them) and go to `onFailure` with their place.
 */
export async function* asUtf8(
  chunks: AsyncIterable<Buffer>,
  encoding: EncodingOption,
  onFailure: (error: TextDecodeError) => void,
): AsyncGenerator<Buffer> {
  const iterator = chunks[Symbol.asyncIterator]();
  const head: Buffer[] = [];
  let headBytes = 0;
  let done = false;
  while (headBytes < SNIFF_BYTES) {
    const next = await iterator.next();
    if (next.done) {
      done = true;
      break;
    }
    // Copied: a file source may reuse the chunk's memory for its next read.
    head.push(Buffer.from(next.value));
    headBytes += next.value.length;
  }
  const first = Buffer.concat(head, headBytes);
  const rest = async function* (): AsyncGenerator<Buffer> {
    if (done) return;
    for (let next = await iterator.next(); !next.done; next = await iterator.next()) yield next.value;
  };
  if (encoding === "utf-8" || (encoding === "auto" && sniffEncoding(first).encoding === "utf-8")) {
    if (first.length > 0) yield first;
    yield* rest();
    return;
  }
  // NUL bytes are left to the readers, which report them row by row.
  const decoder = new TextInputDecoder({ encoding, refuseNul: false });
  try {
    const text = decoder.push(first);
    if (text !== "") yield Buffer.from(text, "utf8");
    for await (const chunk of rest()) {
      const more = decoder.push(chunk);
      if (more !== "") yield Buffer.from(more, "utf8");
    }
    const last = decoder.end();
    if (last !== "") yield Buffer.from(last, "utf8");
  } catch (error) {
    if (!(error instanceof TextDecodeError)) throw error;
    // The whole lines before the bad bytes are still read; the line they cut is not.
    const whole = error.textBefore.slice(0, error.textBefore.lastIndexOf("\n") + 1);
    if (whole !== "") yield Buffer.from(whole, "utf8");
    onFailure(error);
  }
}
