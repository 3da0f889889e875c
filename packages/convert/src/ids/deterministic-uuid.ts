import { hash } from "node:crypto";

const HEX = Array.from({ length: 256 }, (_, byte) => byte.toString(16).padStart(2, "0"));
const encoder = new TextEncoder();

/** Parses a UUID into its 16 bytes. */
function bytesOf(uuid: string): Uint8Array {
  return Buffer.from(uuid.replaceAll("-", ""), "hex");
}

function format(bytes: Uint8Array): string {
  let text = "";
  for (let index = 0; index < 16; index++) {
    if (index === 4 || index === 6 || index === 8 || index === 10) text += "-";
    text += HEX[bytes[index] as number];
  }
  return text;
}
const namespaces = new Map<string, Uint8Array>();
/** Namespace and name bytes of short names, reused: hashing is synchronous. */
const scratch = new Uint8Array(256);

/**
 * An RFC 9562 version-5 UUID: SHA-1 of a namespace UUID followed by a name (UTF-8), with the version and
 * variant bits set. The same namespace and name always give the same UUID; different names practically never
 * collide. Node's one-shot `crypto.hash` keeps pace with a hand-written SHA-1 on the short names of record ids;
 * the `uuid` package's `v5` (a `createHash` per call) and its validating `stringify` were 1.5 to 3.5 times
 * slower, so it only checks these ids in the tests.
 */
export function uuidV5(namespace: string, name: string): string {
  let prefix = namespaces.get(namespace);
  if (prefix === undefined) {
    prefix = bytesOf(namespace);
    namespaces.set(namespace, prefix);
  }
  // A UTF-8 character takes at most 3 bytes per UTF-16 unit; short names go through one reused buffer.
  const room = 16 + name.length * 3;
  const input = room <= scratch.length ? scratch : new Uint8Array(room);
  input.set(prefix);
  const { written } = encoder.encodeInto(name, input.subarray(16));
  const bytes = hash("sha1", input.subarray(0, 16 + written), "buffer");
  bytes[6] = ((bytes[6] as number) & 0x0f) | 0x50;
  bytes[8] = ((bytes[8] as number) & 0x3f) | 0x80;
  return format(bytes);
}

/** The RFC 9562 namespace for URLs, under which the SDK's own namespaces are derived. */
const URL_NAMESPACE = "6ba7b811-9dad-11d1-80b4-00c04fd430c8";

/** Namespace of record ids made from CTDC rows: `uuidV5(URL namespace, "https://tip-sdk.org/convert/ctdc")`. */
export const CTDC_ID_NAMESPACE = uuidV5(URL_NAMESPACE, "https://tip-sdk.org/convert/ctdc");

/** Namespace of record ids made for flat CSV rows without an id column. */
export const FLAT_CSV_ID_NAMESPACE = uuidV5(URL_NAMESPACE, "https://tip-sdk.org/convert/flat-csv");
