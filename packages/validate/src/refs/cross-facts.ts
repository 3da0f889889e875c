import type { RecordType } from "@tip/schema";
import { own, REF_FIELDS_BY_TYPE, type RefField } from "./ref-fields.js";
import { packUuid } from "./uuid-key.js";
import type { WordBuffer } from "./word-buffer.js";

/** Array indexes above this are not followed: the reference field and the index share one 32-bit word. */
export const MAX_ARRAY_INDEX = 0xffffff;

const HAS_ID = 1;
const HAS_CHAIN = 2;
const REF_COUNT_SHIFT = 8;
/** Words of one reference: the field and array index, then the 128-bit id. */
export const REF_WORDS = 5;
/** Words of a referral's chain step: the packed victim, from-agency and to-agency ids. */
export const CHAIN_WORDS = 12;

/**
 * Packs what the checks across records need from one record into words: a header (has id, has chain step,
 * number of references), the record's own id (4 words), each reference that is a UUID (field index << 24 |
 * array index, then 4 words) and, for a referral with `chains`, its victim / from / to ids (12 words). The
 * record itself is not kept, so the facts can be taken where the record was parsed (a worker thread) and
 * checked where the records meet (the main thread).
 */
export function writeFacts(record: object, recordType: RecordType, chains: boolean, out: WordBuffer): void {
  const header = out.reserve(1);
  let flags = 0;
  let refs = 0;
  let at = out.reserve(4);
  if (packUuid(own(record, "id"), out.words, at)) flags |= HAS_ID;
  else out.truncate(at);
  for (const [index, ref] of REF_FIELDS_BY_TYPE.get(recordType) ?? [])
    refs += writeRefs(record, index, ref, out);
  if (chains && recordType === "referral") {
    at = out.reserve(CHAIN_WORDS);
    const target = out.words;
    if (
      packUuid(own(record, "victimId"), target, at) &&
      packUuid(own(own(record, "from"), "agencyId"), target, at + 4) &&
      packUuid(own(own(record, "to"), "agencyId"), target, at + 8)
    ) {
      flags |= HAS_CHAIN;
    } else out.truncate(at);
  }
  out.words[header] = flags | (refs << REF_COUNT_SHIFT);
}

function writeRefs(record: object, refIndex: number, ref: RefField, out: WordBuffer): number {
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

function writeRef(id: unknown, refIndex: number, arrayIndex: number, out: WordBuffer): number {
  const at = out.reserve(REF_WORDS);
  if (!packUuid(id, out.words, at + 1)) {
    out.truncate(at);
    return 0;
  }
  out.words[at] = (refIndex << 24) | arrayIndex;
  return 1;
}

/** A reader over the facts of one record, written by `writeFacts`. */
export interface Facts {
  readonly words: Uint32Array;
  /** Offset of the record's header word. */
  readonly at: number;
}

/** Whether the facts hold the record's id (at `at + 1`). */
export const hasId = (words: Uint32Array, at: number): boolean => ((words[at] as number) & HAS_ID) !== 0;

/** Number of references in the facts. */
export const refCount = (words: Uint32Array, at: number): number => (words[at] as number) >>> REF_COUNT_SHIFT;

/** Whether the facts end with a referral's chain step. */
export const hasChain = (words: Uint32Array, at: number): boolean =>
  ((words[at] as number) & HAS_CHAIN) !== 0;

/** Offset of the first reference. */
export const refsAt = (words: Uint32Array, at: number): number => at + 1 + (hasId(words, at) ? 4 : 0);

/** Words taken by the facts of one record, header included. */
export function factsLength(words: Uint32Array, at: number): number {
  return refsAt(words, at) - at + refCount(words, at) * REF_WORDS + (hasChain(words, at) ? CHAIN_WORDS : 0);
}
