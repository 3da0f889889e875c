import type { RecordType } from "@tip/schema";
import { own, REF_FIELDS_BY_TYPE, type RefField } from "./ref-fields.js";
import type { Uint32Buffer } from "./uint32-buffer.js";
import { packUuid } from "./uuid-key.js";

/** Array indexes above this are not followed: the reference field and the index share one 32-bit number. */
export const MAX_ARRAY_INDEX = 0xffffff;

const HAS_ID = 1;
const HAS_CHAIN = 2;
const REF_COUNT_SHIFT = 8;
/** Numbers of one reference: the field and array index, then the 128-bit id. */
export const REF_SIZE = 5;
/** Numbers of a referral's chain step: the packed victim, from-agency and to-agency ids. */
export const CHAIN_SIZE = 12;

/**
 * Packs what the checks across records need from one record into numbers: a header (has id, has chain step,
 * number of references), the record's own id (4 numbers), each reference that is a UUID (field index << 24 |
 * array index, then 4 numbers) and, for a referral with `chains`, its victim / from / to ids (12 numbers). The
 * record itself is not kept, so the packed ids can be taken where the record was parsed (a worker thread) and
 * checked where the records meet (the main thread).
 */
export function packRecordIds(
  record: object,
  recordType: RecordType,
  chains: boolean,
  out: Uint32Buffer,
): void {
  const header = out.reserve(1);
  let flags = 0;
  let refs = 0;
  let at = out.reserve(4);
  if (packUuid(own(record, "id"), out.numbers, at)) flags |= HAS_ID;
  else out.truncate(at);
  for (const [index, ref] of REF_FIELDS_BY_TYPE.get(recordType) ?? [])
    refs += writeRefs(record, index, ref, out);
  if (chains && recordType === "referral") {
    at = out.reserve(CHAIN_SIZE);
    const target = out.numbers;
    if (
      packUuid(own(record, "victimId"), target, at) &&
      packUuid(own(own(record, "from"), "agencyId"), target, at + 4) &&
      packUuid(own(own(record, "to"), "agencyId"), target, at + 8)
    ) {
      flags |= HAS_CHAIN;
    } else out.truncate(at);
  }
  out.numbers[header] = flags | (refs << REF_COUNT_SHIFT);
}

function writeRefs(record: object, refIndex: number, ref: RefField, out: Uint32Buffer): number {
  const [first, second, third] = ref.path;
  const value = own(record, first as string);
  if (second === "*") {
    if (!Array.isArray(value)) return 0;
    let written = 0;
    const last = Math.min(value.length - 1, MAX_ARRAY_INDEX);
    // `third` names the field of each element holding the id (`["events", "*", "victimId"]`).
    for (let i = 0; i <= last; i++)
      written += writeRef(third === undefined ? value[i] : own(value[i], third), refIndex, i, out);
    return written;
  }
  return writeRef(second === undefined ? value : own(value, second), refIndex, 0, out);
}

function writeRef(id: unknown, refIndex: number, arrayIndex: number, out: Uint32Buffer): number {
  const at = out.reserve(REF_SIZE);
  if (!packUuid(id, out.numbers, at + 1)) {
    out.truncate(at);
    return 0;
  }
  out.numbers[at] = (refIndex << 24) | arrayIndex;
  return 1;
}

/** A reader over the packed ids of one record, written by `packRecordIds`. */
export interface PackedIds {
  readonly numbers: Uint32Array;
  /** Offset of the record's header number. */
  readonly at: number;
}

/** Whether the packed ids hold the record's id (at `at + 1`). */
export const hasId = (numbers: Uint32Array, at: number): boolean => ((numbers[at] as number) & HAS_ID) !== 0;

/** Number of references in the packed ids. */
export const refCount = (numbers: Uint32Array, at: number): number =>
  (numbers[at] as number) >>> REF_COUNT_SHIFT;

/** Whether the packed ids end with a referral's chain step. */
export const hasChain = (numbers: Uint32Array, at: number): boolean =>
  ((numbers[at] as number) & HAS_CHAIN) !== 0;

/** Offset of the first reference. */
export const refsAt = (numbers: Uint32Array, at: number): number => at + 1 + (hasId(numbers, at) ? 4 : 0);

/** Numbers taken by the packed ids of one record, header included. */
export function packedLength(numbers: Uint32Array, at: number): number {
  return (
    refsAt(numbers, at) - at + refCount(numbers, at) * REF_SIZE + (hasChain(numbers, at) ? CHAIN_SIZE : 0)
  );
}
