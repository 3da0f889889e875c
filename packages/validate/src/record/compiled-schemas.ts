import { ENTITIES, EXAMPLES, type RecordType } from "@tip/schema";
import * as z from "zod";
import { compileShapeCheck, type ShapeCheck } from "./shape-check.js";

/** The compiled fast path of one record type. */
export interface FastPath {
  /** The schema compiled with `z.compile` (the original where code generation is unavailable). */
  readonly schema: z.ZodType;
  /** Checks parsed JSON records in place without allocating, if available (see `compileShapeCheck`). */
  readonly check: ShapeCheck | undefined;
}

const paths = new Map<RecordType, FastPath>();
const met = new Map<RecordType, number>();

/**
 * Records of one type checked by `checkRecord` alone before its fast path is compiled. Compiling costs about as
 * much as checking a few hundred records that way, which a small file (and so the start-up of `tip validate`)
 * would pay for nothing; past this count the fast path pays for itself. The issues are the same either way.
 */
export const WARM_UP_RECORDS = 256;

/** The fast path of a record type once `WARM_UP_RECORDS` records of that type were met, else `undefined`. */
export function warmFastPathOf(recordType: RecordType): FastPath | undefined {
  const count = met.get(recordType) ?? 0;
  if (count < WARM_UP_RECORDS) {
    met.set(recordType, count + 1);
    return undefined;
  }
  return fastPathOf(recordType);
}

/**
 * The fast path of a record type, built on first use: the schema compiled by `z.compile` (same issues as the
 * original; issues are still mapped with the original schema, whose instances carry the field metadata) and
 * the shape check for parsed JSON. The shape check is kept only when it accepts the schema's example and
 * rejects a record without id, so a change in zod can cost speed but never let an invalid record through
 * unnoticed by the tests. Where code generation is unavailable (a strict Content-Security-Policy) the
 * original schema is used alone.
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
    const check = recordType === "bundle" ? undefined : sound(compileShapeCheck(original), recordType);
    path = { schema, check };
    paths.set(recordType, path);
  }
  return path;
}

function sound(check: ShapeCheck | undefined, recordType: RecordType): ShapeCheck | undefined {
  if (check === undefined) return undefined;
  const tally = { keys: 0, complete: true };
  const accepts = check(structuredClone(EXAMPLES[recordType]), tally);
  const rejects = !check({ recordType }, tally);
  return accepts && rejects ? check : undefined;
}
