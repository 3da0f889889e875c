/** Key material for pseudonyms: a Web Crypto HMAC key, raw bytes, or text (its UTF-8 bytes). */
export type PseudonymKey = CryptoKey | Uint8Array | ArrayBuffer | string;

/** Fewest key bytes accepted; 32 random bytes are recommended. */
export const MIN_KEY_BYTES = 16;

/** The Web Crypto API of the running platform (Node 20+, browsers, Deno, workers). */
export function subtleCrypto(): SubtleCrypto {
  const subtle = globalThis.crypto?.subtle;
  if (subtle === undefined) throw new Error("Web Crypto (globalThis.crypto.subtle) is not available");
  return subtle;
}

function isCryptoKey(key: PseudonymKey): key is CryptoKey {
  return typeof key === "object" && key !== null && "algorithm" in key && "usages" in key;
}

/**
 * Imports key material as a non-extractable HMAC-SHA-256 signing key. Throws a `RangeError` when fewer than
 * 16 bytes are given: a short key can be found by trying every value.
 */
export async function importPseudonymKey(key: PseudonymKey): Promise<CryptoKey> {
  if (isCryptoKey(key)) return key;
  const bytes =
    typeof key === "string"
      ? new TextEncoder().encode(key)
      : key instanceof Uint8Array
        ? key
        : new Uint8Array(key);
  if (bytes.byteLength < MIN_KEY_BYTES) {
    throw new RangeError(
      `A pseudonym key needs at least ${MIN_KEY_BYTES} bytes; 32 random bytes are recommended`,
    );
  }
  return subtleCrypto().importKey("raw", new Uint8Array(bytes), { name: "HMAC", hash: "SHA-256" }, false, [
    "sign",
  ]);
}
