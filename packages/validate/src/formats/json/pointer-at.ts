import { Buffer } from "node:buffer";

/** Where a member sits in a JSON text: the path to it and, for each key on the way, its place in its object. */
export interface MemberPlace {
  /** Keys and array indexes from the root to the member, its own key last. */
  readonly segments: readonly (string | number)[];
  /**
   * For each segment that is a key: its place (from 1) among the keys of its object as written in the text,
   * counting every key written (a repeated key too); undefined for an array index.
   */
  readonly positions: readonly (number | undefined)[];
}

/**
 * The place of the member whose key starts at `offset` (just after its opening quote) in a JSON text: a second,
 * slower scan that follows keys and array indexes, run only once a duplicate key has been found.
 */
export function memberAt(bytes: Uint8Array, start: number, offset: number): MemberPlace {
  const path: (string | number)[] = [];
  const positions: (number | undefined)[] = [];
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
        positions[positions.length - 1] = (positions.at(-1) ?? 0) + 1;
        expectKey = false;
      }
    } else if (c === 0x7b || c === 0x5b) {
      kinds.push(c);
      path.push(c === 0x5b ? 0 : "");
      positions.push(c === 0x5b ? undefined : 0);
      expectKey = c === 0x7b;
    } else if (c === 0x7d || c === 0x5d) {
      kinds.pop();
      path.pop();
      positions.pop();
      expectKey = false;
    } else if (c === 0x2c) {
      const top = path.length - 1;
      if (kinds[kinds.length - 1] === 0x5b) path[top] = (path[top] as number) + 1;
      else expectKey = true;
    }
    i++;
  }
  // The scan counted the member's key at its opening quote; its text runs past `offset`, so it is read again.
  path[path.length - 1] = decodeKey(bytes, offset, endOfString(bytes, offset));
  return { segments: path, positions };
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
