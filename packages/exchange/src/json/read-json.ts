import { parseJson } from "@tip/schema";
import { base64url } from "jose";

/** Why bytes could not be read as JSON. */
export type JsonProblem = "too_large" | "not_json";

/** The outcome of `readJson`. */
export type JsonRead =
  | { readonly ok: true; readonly value: unknown }
  | { readonly ok: false; readonly problem: JsonProblem };

/**
 * Parses UTF-8 bytes or text as JSON without ever throwing: more than `maxBytes`, invalid UTF-8 or invalid
 * JSON is a problem code. `JSON.parse` defines every key as an own property, so a `__proto__` key stays a key
 * and pollutes nothing; the schemas that read the result refuse keys they do not know.
 */
export function readJson(input: Uint8Array | string, maxBytes: number): JsonRead {
  try {
    // A string's UTF-8 size is at most three bytes per UTF-16 unit: check the cheap bound before encoding.
    if (typeof input === "string" && input.length > maxBytes) return { ok: false, problem: "too_large" };
    const bytes = typeof input === "string" ? new TextEncoder().encode(input) : input;
    if (bytes.byteLength > maxBytes) return { ok: false, problem: "too_large" };
    const text = new TextDecoder("utf-8", { fatal: true, ignoreBOM: false }).decode(bytes);
    // Keys are numbered as the text wrote them when an issue points at one by its place.
    return { ok: true, value: parseJson(text) };
  } catch {
    return { ok: false, problem: "not_json" };
  }
}

/** Decodes a base64url segment holding a JSON object (a JOSE header), or undefined. */
export function readBase64urlJson(segment: unknown, maxBytes: number): unknown {
  if (typeof segment !== "string" || segment.length > maxBytes || !/^[A-Za-z0-9_-]*$/.test(segment))
    return undefined;
  try {
    const read = readJson(base64url.decode(segment), maxBytes);
    return read.ok ? read.value : undefined;
  } catch {
    return undefined;
  }
}
