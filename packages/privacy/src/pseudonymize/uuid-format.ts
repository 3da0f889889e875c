/**
 * Formats the first 16 bytes of a digest as an RFC 9562 version 8 UUID: the version nibble is set to 8 and the
 * variant bits to `10`, the other 122 bits are the digest's. Version 8 is the UUID version reserved for
 * custom, vendor-specific layouts, which is what a keyed hash is; it keeps the value a valid `z.uuid()`.
 */
export function digestToUuid(digest: Uint8Array): string {
  if (digest.length < 16) throw new RangeError("A UUID needs 16 bytes of digest");
  const bytes = digest.slice(0, 16);
  bytes[6] = ((bytes[6] ?? 0) & 0x0f) | 0x80;
  bytes[8] = ((bytes[8] ?? 0) & 0x3f) | 0x80;
  const hex = Array.from(bytes, (byte) => byte.toString(16).padStart(2, "0")).join("");
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}

/** A digest as unpadded base64url text (43 characters for SHA-256), used for external identifiers. */
export function digestToText(digest: Uint8Array): string {
  let binary = "";
  for (const byte of digest) binary += String.fromCharCode(byte);
  return btoa(binary).replace(/\+/g, "-").replace(/\//g, "_").replace(/=+$/, "");
}
