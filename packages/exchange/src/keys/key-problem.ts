import { toPointer } from "@tip/schema";
import type { z } from "zod";

/** Why a key file or directory cannot be used. */
export const KEY_PROBLEM_CODES = [
  "not_json",
  "too_large",
  "not_a_key_file",
  "private_key_in_public_file",
  "not_a_private_key",
  "alg_mismatch",
  "empty_period",
  "duplicate_kid",
  "agency_twice",
  "unusable_key",
  "no_signing_key",
  "no_encryption_key",
] as const;

/** A reason a key file or directory cannot be used. */
export type KeyProblemCode = (typeof KEY_PROBLEM_CODES)[number];

/**
 * A problem with a key file, located by a JSON Pointer (`/keys/1/x`) and, for several documents, by the
 * document's position. Never a key's value: a problem can be printed and logged as it is.
 */
export interface KeyProblem {
  readonly code: KeyProblemCode;
  /** Where in the document, as a JSON Pointer of member names of the format and positions; `""`: the whole. */
  readonly pointer: string;
  /** Which of the documents given (0-based), when several were. */
  readonly document?: number;
}

/** A key document read, or why not. */
export type KeyRead<T> =
  | { readonly ok: true; readonly value: T }
  | { readonly ok: false; readonly problem: KeyProblem };

/** The first problem zod found, as a code and pointer (zod's message, which may quote input, is dropped). */
export function problemOfZod(error: z.ZodError): KeyProblem {
  const issue = error.issues[0];
  const path = (issue?.path ?? []).filter((part) => typeof part !== "symbol") as (string | number)[];
  const code: KeyProblemCode =
    issue?.code === "custom" && (issue.message === "alg_mismatch" || issue.message === "empty_period")
      ? issue.message
      : "not_a_key_file";
  return { code, pointer: toPointer(path) };
}

/**
 * Where a public document (a JWKS or a directory, unchecked) holds a private key member `d`, or undefined.
 * Found before anything else: a private key published by mistake must be said so, not called malformed.
 */
export function privateKeyPointer(document: unknown): string | undefined {
  const inKeys = (holder: unknown, prefix: string): string | undefined => {
    const keys = (holder as { keys?: unknown } | null)?.keys;
    if (!Array.isArray(keys)) return undefined;
    const index = keys.findIndex((key) => key !== null && typeof key === "object" && Object.hasOwn(key, "d"));
    return index < 0 ? undefined : `${prefix}/keys/${index}/d`;
  };
  try {
    const direct = inKeys(document, "");
    if (direct !== undefined) return direct;
    const agencies = (document as { agencies?: unknown } | null)?.agencies;
    if (!Array.isArray(agencies)) return undefined;
    for (let index = 0; index < agencies.length; index++) {
      const found = inKeys(agencies[index], `/agencies/${index}`);
      if (found !== undefined) return found;
    }
    return undefined;
  } catch {
    return undefined;
  }
}
