import { base64url } from "jose";

/** SHA-256 of the bytes (Web Crypto), base64url: how receipts name exactly what was received. */
export async function sha256Base64url(bytes: Uint8Array): Promise<string> {
  const copy = new Uint8Array(bytes);
  return base64url.encode(new Uint8Array(await crypto.subtle.digest("SHA-256", copy)));
}
