import { type Issue, type LocaleBundle, RECORD_TYPES, type RecordType, toPointer } from "@tip/schema";
import { inputIssue } from "../record/input-issue.js";
import { hasChain, hasId, MAX_ARRAY_INDEX, REF_WORDS, refCount, refsAt, writeFacts } from "./cross-facts.js";
import { checkHeader } from "./header-check.js";
import { IdIndex } from "./id-index.js";
import { own, REF_FIELDS, type RefField } from "./ref-fields.js";
import { ReferralChains } from "./referral-chains.js";
import { U32List } from "./u32-list.js";
import { WordBuffer } from "./word-buffer.js";

/** Where a record is: its position among the records and, in a file, its first line. */
export interface RecordPlace {
  readonly recordIndex: number;
  readonly line?: number;
}

/** Receives an issue found across records, with the place of the record it is about (none for a header). */
export type CrossReport = (issue: Issue, place?: RecordPlace) => void;

/** Options of the checks across records. */
export interface CrossCheckOptions {
  readonly locale: LocaleBundle;
  /** JSON Pointer of a record in the input (`""` for NDJSON lines, `/records/3` in a bundle). */
  readonly prefixOf: (recordIndex: number) => string;
  /** Whether places carry line numbers (duplicate ids then name the line of the first occurrence). */
  readonly lines: boolean;
  /** Check that each victim's referrals do not go round in a circle. */
  readonly chains: boolean;
  /** Remember agency countries, to check a bundle header against them. */
  readonly agencies: boolean;
}

const TAGS = new Map<RecordType, number>(RECORD_TYPES.map((type, index) => [type, index + 1]));
/** Words of a waiting reference: the 128-bit id, field and array index, record index, line. */
const STRIDE = 7;
/** The record type tag each reference field must point at, by index in `REF_FIELDS`. */
const TARGET_TAGS = REF_FIELDS.map((ref) => TAGS.get(ref.target) as number);

/**
 * Checks across the records of a stream or bundle: duplicate ids, references to records that are not there,
 * referral chains that go round in a circle, a bundle header that contradicts its agencies. Ids live in a
 * compact `IdIndex`; a reference that cannot be resolved when it is read waits, packed in typed arrays, until
 * `finish`, because the record it points at may come later.
 */
export class CrossChecks {
  readonly #options: CrossCheckOptions;
  readonly #ids = new IdIndex(1024);
  readonly #key = new Uint32Array(4);
  readonly #scratch = new WordBuffer(64);
  readonly #pending = new U32List();
  readonly #seenTags = new Set<number>();
  #validBits = new Uint8Array(1024);
  readonly #chains: ReferralChains | undefined;
  readonly #agencyCountries: Map<string, string> | undefined;

  constructor(options: CrossCheckOptions) {
    this.#options = options;
    this.#chains = options.chains ? new ReferralChains() : undefined;
    this.#agencyCountries = options.agencies ? new Map() : undefined;
  }

  /** Bytes held by the id index (for the memory figure in the documentation). */
  get idIndexBytes(): number {
    return this.#ids.byteLength;
  }

  /**
   * Indexes a record's id and collects its references. Returns a `duplicate_id` issue when another record
   * already has the id.
   */
  add(record: object, recordType: RecordType, place: RecordPlace): Issue | undefined {
    const scratch = this.#scratch;
    scratch.reset();
    writeFacts(record, recordType, this.#chains !== undefined, scratch);
    if (recordType === "agency") this.#addAgency(record);
    return this.addFacts(scratch.words, 0, recordType, place);
  }

  /**
   * `add` for facts already taken from the record by `writeFacts` (in a worker thread): the same checks,
   * without the record.
   */
  addFacts(words: Uint32Array, at: number, recordType: RecordType, place: RecordPlace): Issue | undefined {
    const tag = TAGS.get(recordType) as number;
    this.#seenTags.add(tag);
    let duplicate: Issue | undefined;
    if (hasId(words, at)) {
      const where = this.#options.lines ? (place.line ?? 0) : place.recordIndex;
      const slot = this.#ids.add(words, at + 1, tag, where);
      if (slot >= 0) {
        const first = this.#ids.whereAt(slot);
        const params: Record<string, number> = this.#options.lines
          ? { firstLine: first }
          : { firstRecordIndex: first };
        const path = `${this.#options.prefixOf(place.recordIndex)}/id`;
        duplicate = inputIssue("duplicate_id", path, params, this.#options.locale);
      }
    }
    let ref = refsAt(words, at);
    for (let n = refCount(words, at); n > 0; n--, ref += REF_WORDS) this.#reference(words, ref, place);
    if (this.#chains !== undefined && hasChain(words, at)) {
      this.#chains.add(words, ref, place.recordIndex, place.line ?? 0);
    }
    return duplicate;
  }

  /** Notes that a record was counted valid, so that a dangling reference found later can recount it. */
  markValid(recordIndex: number): void {
    const byte = recordIndex >>> 3;
    if (byte >= this.#validBits.length) {
      let length = this.#validBits.length * 2;
      while (length <= byte) length *= 2;
      const bigger = new Uint8Array(length);
      bigger.set(this.#validBits);
      this.#validBits = bigger;
    }
    this.#validBits[byte] = (this.#validBits[byte] as number) | (1 << (recordIndex & 7));
  }

  /**
   * Reports what can only be known at the end: dangling references (the record counted valid is recounted
   * through `invalidate`), referral circles and, with a bundle header, header mismatches.
   */
  finish(report: CrossReport, invalidate: (recordType: RecordType) => void, header?: unknown): void {
    this.#finishReferences(report, invalidate);
    if (this.#chains !== undefined) {
      for (const cycle of this.#chains.cycles()) {
        const path = `${this.#options.prefixOf(cycle.recordIndex)}/to/agencyId`;
        const issue = inputIssue(
          "referral_chain_cycle",
          path,
          { field: "referral.to" },
          this.#options.locale,
        );
        report(issue, this.#place(cycle.recordIndex, cycle.line));
      }
    }
    if (header !== undefined && this.#agencyCountries !== undefined) {
      for (const issue of checkHeader(header, this.#agencyCountries, this.#options.locale)) report(issue);
    }
  }

  #reference(words: Uint32Array, at: number, place: RecordPlace): void {
    const field = words[at] as number;
    const slot = this.#ids.find(words, at + 1);
    if (slot >= 0 && this.#ids.tagAt(slot) === TARGET_TAGS[field >>> 24]) return;
    const pending = this.#pending;
    for (let i = 1; i <= 4; i++) pending.push(words[at + i] as number);
    pending.push(field);
    pending.push(place.recordIndex);
    pending.push(place.line ?? 0);
  }

  #finishReferences(report: CrossReport, invalidate: (recordType: RecordType) => void): void {
    const pending = this.#pending;
    const key = this.#key;
    for (let at = 0; at < pending.length; at += STRIDE) {
      for (let i = 0; i < 4; i++) key[i] = pending.get(at + i);
      const field = pending.get(at + 4);
      const ref = REF_FIELDS[field >>> 24] as RefField;
      const targetTag = TAGS.get(ref.target) as number;
      const slot = this.#ids.find(key, 0);
      if (slot >= 0 && this.#ids.tagAt(slot) === targetTag) continue;
      // A file of victims alone cannot resolve their cases: only types present in the input are checked.
      if (slot < 0 && !this.#seenTags.has(targetTag)) continue;
      const recordIndex = pending.get(at + 5);
      const segments = ref.path.map((segment) => (segment === "*" ? field & MAX_ARRAY_INDEX : segment));
      const path = this.#options.prefixOf(recordIndex) + toPointer(segments);
      const issue = inputIssue("dangling_reference", path, { field: ref.field }, this.#options.locale);
      report(issue, this.#place(recordIndex, pending.get(at + 6)));
      const byte = recordIndex >>> 3;
      const bit = 1 << (recordIndex & 7);
      if (byte < this.#validBits.length && ((this.#validBits[byte] as number) & bit) !== 0) {
        this.#validBits[byte] = (this.#validBits[byte] as number) & ~bit;
        invalidate(ref.recordType);
      }
    }
  }

  #addAgency(record: object): void {
    const id = own(record, "id");
    const country = own(record, "country");
    if (this.#agencyCountries !== undefined && typeof id === "string" && typeof country === "string") {
      this.#agencyCountries.set(id.toLowerCase(), country);
    }
  }

  #place(recordIndex: number, line: number): RecordPlace {
    return this.#options.lines && line > 0 ? { recordIndex, line } : { recordIndex };
  }
}
