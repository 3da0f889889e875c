import { subtleCrypto } from "./key.js";

/** HMAC-SHA-256 of each distinct text, computed once each with Web Crypto. */
export async function hmacAll(key: CryptoKey, texts: Iterable<string>): Promise<Map<string, Uint8Array>> {
  const encoder = new TextEncoder();
  const distinct = [...new Set(texts)];
  const digests = await Promise.all(
    distinct.map(
      async (text) => new Uint8Array(await subtleCrypto().sign("HMAC", key, encoder.encode(text))),
    ),
  );
  return new Map(distinct.map((text, index) => [text, digests[index] as Uint8Array]));
}
