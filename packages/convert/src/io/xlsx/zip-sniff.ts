import { type Source, toReadable } from "../source.js";
import { XlsxLimitError } from "./xlsx-caps.js";

/** The first bytes of every zip archive with content (a local file header): `PK\x03\x04`. */
const ZIP_MAGIC = [0x50, 0x4b, 0x03, 0x04] as const;

/** Whether bytes start like a zip archive (an .xlsx workbook is one). */
export function looksLikeZip(bytes: Uint8Array): boolean {
  return bytes.length >= ZIP_MAGIC.length && ZIP_MAGIC.every((byte, index) => bytes[index] === byte);
}

/** A source looked at: a workbook's bytes, or the text source as it was (its first chunks put back). */
export type Sniffed =
  | { readonly kind: "zip"; readonly bytes: Uint8Array }
  | { readonly kind: "text"; readonly source: AsyncIterable<string | Uint8Array> };

/**
 * Looks at the first bytes of a source: a zip archive is read whole (up to `maxFileBytes`, since a zip is read
 * from its end), anything else is handed back as a stream with nothing consumed.
 */
export async function sniffZip(source: Source, maxFileBytes: number): Promise<Sniffed> {
  if (typeof source === "string") return { kind: "text", source: [source] as never };
  if (source instanceof Uint8Array) {
    return looksLikeZip(source)
      ? { kind: "zip", bytes: source }
      : { kind: "text", source: toReadable(source) };
  }
  const chunks = toReadable(source)[Symbol.asyncIterator]() as AsyncIterator<string | Uint8Array>;
  const head: (string | Uint8Array)[] = [];
  let bytes = 0;
  while (bytes < ZIP_MAGIC.length) {
    const next = await chunks.next();
    if (next.done) break;
    head.push(next.value);
    if (typeof next.value === "string") break;
    bytes += next.value.byteLength;
  }
  const start = head.every((chunk) => typeof chunk !== "string")
    ? Buffer.concat(head as Uint8Array[])
    : new Uint8Array();
  if (!looksLikeZip(start)) {
    async function* replay() {
      yield* head;
      for (let next = await chunks.next(); !next.done; next = await chunks.next()) yield next.value;
    }
    return { kind: "text", source: replay() };
  }
  const parts: Uint8Array[] = [start];
  let total = start.byteLength;
  for (let next = await chunks.next(); !next.done; next = await chunks.next()) {
    const chunk = typeof next.value === "string" ? Buffer.from(next.value) : next.value;
    total += chunk.byteLength;
    if (total > maxFileBytes) {
      await chunks.return?.();
      throw new XlsxLimitError("maxFileBytes", maxFileBytes);
    }
    parts.push(chunk);
  }
  return { kind: "zip", bytes: new Uint8Array(Buffer.concat(parts)) };
}
