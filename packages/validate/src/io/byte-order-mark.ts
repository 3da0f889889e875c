import { Buffer } from "node:buffer";

/** What the first bytes of an input say about its encoding. */
export type Encoding = "utf-8" | "utf-16";

/**
 * Drops a UTF-8 byte order mark (Excel and Notepad write one) from the first chunk(s) and tells a UTF-16 input
 * (FF FE or FE FF) apart, which no format of the SDK accepts.
 */
export async function* withoutBom(
  chunks: AsyncIterable<Buffer>,
  onEncoding: (encoding: Encoding) => void,
): AsyncGenerator<Buffer> {
  let head: Buffer | undefined = Buffer.alloc(0);
  for await (const chunk of chunks) {
    if (head === undefined) {
      yield chunk;
      continue;
    }
    // Copied: the source may reuse the chunk's memory for its next read.
    head = Buffer.concat([head, chunk]);
    if (head.length < 3) continue;
    const rest = inspect(head, onEncoding);
    head = undefined;
    if (rest.length > 0) yield rest;
  }
  if (head !== undefined && head.length > 0) {
    const rest = inspect(head, onEncoding);
    if (rest.length > 0) yield rest;
  }
}

function inspect(head: Buffer, onEncoding: (encoding: Encoding) => void): Buffer {
  if (head[0] === 0xef && head[1] === 0xbb && head[2] === 0xbf) {
    onEncoding("utf-8");
    return head.subarray(3);
  }
  if ((head[0] === 0xff && head[1] === 0xfe) || (head[0] === 0xfe && head[1] === 0xff)) onEncoding("utf-16");
  else onEncoding("utf-8");
  return head;
}
