import type { Buffer } from "node:buffer";

/** A guess at the format of some bytes, for `not_declared_format`. */
export type Detected = "json" | "ndjson" | "csv" | "utf-16" | "binary" | "text" | "empty";

/** Index of the first byte that is not JSON whitespace, or `end`. */
export function skipSpace(bytes: Buffer, start: number, end: number): number {
  let i = start;
  while (i < end) {
    const b = bytes[i];
    if (b !== 0x20 && b !== 0x09 && b !== 0x0a && b !== 0x0d) break;
    i++;
  }
  return i;
}

/** Guesses what the first line or bytes of an input are. */
export function sniff(bytes: Buffer, start: number, end: number): Detected {
  const i = skipSpace(bytes, start, end);
  if (i === end) return "empty";
  if (bytes.indexOf(0, i) >= 0 && bytes.indexOf(0, i) < end) return "binary";
  const b = bytes[i];
  if (b === 0x7b) return "ndjson";
  if (b === 0x5b) return "json";
  const line = bytes.subarray(i, Math.min(end, i + 4096));
  if (line.includes(0x2c) || line.includes(0x3b) || line.includes(0x09)) return "csv";
  return "text";
}
