import { base64url } from "jose";
import type { Envelope } from "../envelope/envelope-header.js";

/** A base64url segment with one decoded byte changed (the byte at `at`, counted from the start). */
export function flipByte(segment: string, at = 0): string {
  const bytes = base64url.decode(segment);
  const index = Math.min(at, bytes.length - 1);
  bytes[index] = (bytes[index] ?? 0) ^ 0x01;
  return base64url.encode(bytes);
}

/** The JSON object a base64url segment holds. */
export function decodeSegment(segment: string): Record<string, unknown> {
  return JSON.parse(new TextDecoder().decode(base64url.decode(segment))) as Record<string, unknown>;
}

/** A JSON object as a base64url segment. */
export function encodeSegment(value: unknown): string {
  return base64url.encode(new TextEncoder().encode(JSON.stringify(value)));
}

/** A copy of an envelope with some members replaced. */
export function withMembers(envelope: Envelope, members: Partial<Envelope>): Envelope {
  return { ...structuredClone(envelope), ...members };
}
