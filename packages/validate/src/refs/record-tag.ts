import { RECORD_TYPES, type RecordType } from "@tip/schema";

const TAGS = new Map<RecordType, number>(RECORD_TYPES.map((type, index) => [type, index + 1]));

/** A record type as a small number (1-255; 0 stays free for "none"), for typed arrays and packed numbers. */
export function tagOf(recordType: RecordType): number {
  return TAGS.get(recordType) as number;
}

/** The record type of a tag made by `tagOf`, or undefined for 0 or an unknown tag. */
export function recordTypeOfTag(tag: number): RecordType | undefined {
  return tag === 0 ? undefined : RECORD_TYPES[tag - 1];
}
