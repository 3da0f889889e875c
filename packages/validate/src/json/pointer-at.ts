import { Buffer } from "node:buffer";
import { toPointer } from "@tip/schema";

/**
 * The JSON Pointer of the member whose key starts at `offset` (just after its opening quote) in a JSON text:
 * a second, slower scan that follows keys and array indexes, run only once a duplicate key has been found.
 */
export function pointerAt(bytes: Uint8Array, start: number, offset: number): string {
  const path: (string | number)[] = [];
  const kinds: number[] = [];
  let expectKey = false;
  let i = start;
  while (i < offset) {
    const c = bytes[i] as number;
    if (c === 0x22) {
      const from = i + 1;
      i = from;
      while (i < offset && bytes[i] !== 0x22) i += bytes[i] === 0x5c ? 2 : 1;
      if (expectKey) {
        path[path.length - 1] = decodeKey(bytes, from, i);
        expectKey = false;
      }
    } else if (c === 0x7b || c === 0x5b) {
      kinds.push(c);
      path.push(c === 0x5b ? 0 : "");
      expectKey = c === 0x7b;
    } else if (c === 0x7d || c === 0x5d) {
      kinds.pop();
      path.pop();
      expectKey = false;
    } else if (c === 0x2c) {
      const top = path.length - 1;
      if (kinds[kinds.length - 1] === 0x5b) path[top] = (path[top] as number) + 1;
      else expectKey = true;
    }
    i++;
  }
  const key = decodeKey(bytes, offset, endOfString(bytes, offset));
  path[path.length - 1] = key;
  return toPointer(path);
}

function endOfString(bytes: Uint8Array, from: number): number {
  let i = from;
  while (i < bytes.length && bytes[i] !== 0x22) i += bytes[i] === 0x5c ? 2 : 1;
  return i;
}

function decodeKey(bytes: Uint8Array, from: number, to: number): string {
  const raw = Buffer.from(bytes.buffer, bytes.byteOffset + from, to - from).toString("utf8");
  try {
    return JSON.parse(`"${raw}"`) as string;
  } catch {
    return raw;
  }
}
