import { ENTITIES, EXAMPLES, type RecordType } from "@tip/schema";
import { z } from "zod";
import * as core from "zod/v4/core";
import { compileNormalizer, type Normalizer, UNKNOWN_KEY } from "./shape-normalizer.js";

/** Says whether a record passes its schema, without building an output (`false`: check it the slow way). */
export type Assert = (input: unknown) => boolean;

/** The compiled fast path of one record type. */
export interface FastPath {
  /** The schema compiled with `z.compile` (the original where code generation is unavailable). */
  readonly schema: z.ZodType;
  /** Rebuilds parsed records with the schema's fixed shape before they are validated, if available. */
  readonly normalize: Normalizer | undefined;
  /** zod's compiled validator that skips building the output, where this zod version has one. */
  readonly assert: Assert | undefined;
}

const paths = new Map<RecordType, FastPath>();

/**
 * The fast path of a record type, built on first use: the schema compiled by `z.compile` (same issues as the
 * original; issues are still mapped with the original schema, whose instances carry the field metadata), a
 * shape normalizer for it, and, when zod offers it, the same compiled code in validator mode (`compileFn` with
 * `assertOnly`), which does not copy the record. Where code generation is unavailable (a strict
 * Content-Security-Policy) the original schema is used alone.
 */
export function fastPathOf(recordType: RecordType): FastPath {
  let path = paths.get(recordType);
  if (path === undefined) {
    const original: z.ZodType = ENTITIES[recordType];
    let schema = original;
    try {
      schema = z.compile(original);
    } catch {
      // Keep the runtime parser.
    }
    const normalize = recordType === "bundle" ? undefined : compileNormalizer(original);
    const assert = normalize === undefined ? undefined : assertOf(original, recordType, normalize);
    path = { schema, normalize, assert };
    paths.set(recordType, path);
  }
  return path;
}

/**
 * zod's validator-mode compiled function, an internal export of `zod/v4/core`: used only when present and
 * when it accepts the schema's example and rejects a record without id, so a change in zod can cost speed but
 * never let an invalid record through.
 */
function assertOf(schema: z.ZodType, recordType: RecordType, normalize: Normalizer): Assert | undefined {
  const { compileFn, INVALID } = core as Partial<typeof core>;
  if (typeof compileFn !== "function" || INVALID === undefined) return undefined;
  try {
    const validate = compileFn(schema, { assertOnly: true });
    const assert: Assert = (input) => validate(input) !== INVALID;
    const tally = { keys: 0, complete: true };
    const example = normalize(structuredClone(EXAMPLES[recordType]), tally);
    const broken = normalize({ recordType }, tally);
    if (example === UNKNOWN_KEY || !assert(example) || broken === UNKNOWN_KEY || assert(broken))
      return undefined;
    return assert;
  } catch {
    return undefined;
  }
}
