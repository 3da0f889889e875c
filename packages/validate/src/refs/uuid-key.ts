const HEX = new Int8Array(128).fill(-1);
for (let i = 0; i < 10; i++) HEX[48 + i] = i;
for (let i = 0; i < 6; i++) {
  HEX[65 + i] = 10 + i;
  HEX[97 + i] = 10 + i;
}

/**
 * Packs a UUID string (`8-4-4-4-12` hex digits, any case) into four 32-bit numbers at `out[at..at+3]`.
 * Returns false, leaving `out` in an unspecified state, when the string is not a UUID.
 */
export function packUuid(text: unknown, out: Uint32Array, at = 0): boolean {
  if (typeof text !== "string" || text.length !== 36) return false;
  let chunk = 0;
  let digits = 0;
  let slot = at;
  for (let i = 0; i < 36; i++) {
    const code = text.charCodeAt(i);
    if (i === 8 || i === 13 || i === 18 || i === 23) {
      if (code !== 45) return false;
      continue;
    }
    const value = code < 128 ? (HEX[code] as number) : -1;
    if (value < 0) return false;
    chunk = (chunk << 4) | value;
    if (++digits === 8) {
      out[slot++] = chunk;
      chunk = 0;
      digits = 0;
    }
  }
  return true;
}
