import { tmpdir } from "node:os";
import { type Issue, type MessageLocale, type RecordType, toPointer } from "@tip/schema";
import { inputIssue } from "../shared/input-issue.js";
import { ExternalSorter } from "./external-sorter.js";
import { CYCLE, DANGLING, DUPLICATE, FoundIssues } from "./found-issues.js";
import { checkHeader } from "./header-check.js";
import { ID_INDEX_SLOT_BYTES, IdIndex } from "./id-index.js";
import {
  ID_RECORD,
  ID_TAG,
  ID_WHERE,
  ID_WIDTH,
  joinIds,
  REF_FIELD,
  REF_LINE,
  REF_RECORD,
  REF_WIDTH,
} from "./id-join.js";
import { hasChain, hasId, MAX_ARRAY_INDEX, packRecordIds, REF_SIZE, refCount, refsAt } from "./packed-ids.js";
import { recordTypeOfTag, tagOf } from "./record-tag.js";
import { own, REF_FIELDS, type RefField } from "./ref-fields.js";
import { ReferralChains } from "./referral-chains.js";
import { SpillDir } from "./spill-dir.js";
import { Uint32Buffer } from "./uint32-buffer.js";

/** Where a record is: its position among the records and, in a file, its first line. */
export interface RecordPlace {
  readonly recordIndex: number;
  readonly line?: number;
}

/** Receives an issue found across records, with the place of the record it is about (none for a header). */
export type CrossReport = (issue: Issue, place?: RecordPlace) => void;

/** Options of the checks across records. */
export interface CrossCheckOptions {
  readonly locale: MessageLocale;
  /** JSON Pointer of a record in the input (`""` for NDJSON lines, `/records/3` in a bundle). */
  readonly prefixOf: (recordIndex: number) => string;
  /** Whether places carry line numbers (duplicate ids then name the line of the first occurrence). */
  readonly lines: boolean;
  /** Check that each victim's referrals do not go round in a circle. */
  readonly chains: boolean;
  /** Remember agency countries, to check a bundle header against them. */
  readonly agencies: boolean;
  /**
   * Memory for ids, waiting references and referrals before they go to temporary files: the id table may
   * double while the old and new tables fit in it; the other parts get shares of it. Default 4 MiB (an id
   * table of 2^17 slots, about 91,000 ids, before the first spill).
   */
  readonly memoryBytes?: number;
  /** Where the private directory of temporary files is made, on the first spill. Default `os.tmpdir()`. */
  readonly tempDir?: string;
}

/** Default of `CrossCheckOptions.memoryBytes`. */
export const DEFAULT_CROSS_MEMORY_BYTES = 4 * 1024 * 1024;

// Shares of `memoryBytes`. The id table takes up to all of it while it doubles (old and new arrays), two
// thirds at rest; once ids spill, its place goes to the buffer of id runs. Waiting references get the largest
// share: in typical NDJSON about two thirds of the records leave one waiting.
const PENDING_SHARE = 3 / 8;
const CHAINS_SHARE = 1 / 8;
const ID_RUNS_SHARE = 1 / 4;
/** Issues found at the end, sorted into record order; only while `finish` runs. */
const FOUND_SHARE = 1 / 8;

/** The record type tag each reference field must point at, by index in `REF_FIELDS`. */
const TARGET_TAGS = REF_FIELDS.map((ref) => tagOf(ref.target));

/**
 * Checks across the records of a stream or bundle: duplicate ids, references to records that are not there,
 * referral chains that go round in a circle, a bundle header that contradicts its agencies.
 *
 * Ids first live in a compact `IdIndex`, duplicates are reported as they come and a reference to an id
 * already seen is settled at once; the others wait until `finish`, because the record they point at may come
 * later. When the table would outgrow `memoryBytes`, its entries and every later id go to an
 * `ExternalSorter`, which spills sorted runs to temporary files, and `finish` merges ids and waiting
 * references in id order instead of looking them up. Waiting references and referrals spill the same way
 * past their share. What stays in memory whatever the input size: at most about 1.5 × `memoryBytes`, and
 * one bit per record (125 KB per million records) saying whether it was counted valid. Temporary files hold
 * packed ids, record types and positions, no other field of a record; `finish` and `close` delete them.
 */
export class CrossChecks {
  readonly #options: CrossCheckOptions;
  readonly #memoryBytes: number;
  readonly #spill: SpillDir;
  /** Ids while they fit in memory; then undefined and `#idRuns` holds them. */
  #ids: IdIndex | undefined;
  #idRuns: ExternalSorter | undefined;
  readonly #entry = new Uint32Array(Math.max(ID_WIDTH, REF_WIDTH));
  readonly #scratch = new Uint32Buffer(64);
  readonly #pending: ExternalSorter;
  readonly #seenTags = new Set<number>();
  #validBits = new Uint8Array(1024);
  readonly #chains: ReferralChains | undefined;
  readonly #agencyCountries: Map<string, string> | undefined;
  #found: FoundIssues | undefined;
  #closed = false;

  constructor(options: CrossCheckOptions) {
    this.#options = options;
    const memory = Math.max(1024, options.memoryBytes ?? DEFAULT_CROSS_MEMORY_BYTES);
    this.#memoryBytes = memory;
    this.#spill = new SpillDir(options.tempDir ?? tmpdir());
    // Room for the old and new arrays of the first growth, up to today's 1024 ids.
    this.#ids = new IdIndex(Math.min(1024, Math.floor(memory / ((3 * ID_INDEX_SLOT_BYTES) / 0.7))));
    this.#pending = this.#sorter(REF_WIDTH, memory * PENDING_SHARE);
    this.#chains = options.chains
      ? new ReferralChains({ memoryBytes: memory * CHAINS_SHARE, spill: this.#spill })
      : undefined;
    this.#agencyCountries = options.agencies ? new Map() : undefined;
  }

  /** Bytes held by the id index: the table, or once ids spill, the buffer of the next sorted run. */
  get idIndexBytes(): number {
    return this.#ids?.byteLength ?? this.#idRuns?.byteLength ?? 0;
  }

  /** Bytes held in memory now by ids, waiting references, referrals and validity bits. */
  get heldBytes(): number {
    return (
      this.idIndexBytes + this.#pending.byteLength + (this.#chains?.byteLength ?? 0) + this.#validBits.length
    );
  }

  /** Files written to the temporary directory so far (0 while everything fits in memory). */
  get filesWritten(): number {
    return this.#spill.filesCreated;
  }

  /**
   * Indexes a record's id and collects its references. Returns a `duplicate_id` issue when another record
   * already has the id and both are still in memory; otherwise `finish` reports it.
   */
  add(record: object, recordType: RecordType, place: RecordPlace): Issue | undefined {
    const scratch = this.#scratch;
    scratch.reset();
    packRecordIds(record, recordType, this.#chains !== undefined, scratch);
    if (recordType === "agency") this.#addAgency(record);
    return this.addPacked(scratch.numbers, 0, recordType, place);
  }

  /**
   * `add` for packed ids already taken from the record by `packRecordIds` (in a worker thread): the same checks,
   * without the record.
   */
  addPacked(numbers: Uint32Array, at: number, recordType: RecordType, place: RecordPlace): Issue | undefined {
    // A record that arrives after `close` (a late batch after an abort) must not make a new directory.
    if (this.#closed) return undefined;
    const tag = tagOf(recordType);
    this.#seenTags.add(tag);
    const duplicate = hasId(numbers, at) ? this.#addId(numbers, at + 1, tag, place) : undefined;
    let ref = refsAt(numbers, at);
    for (let n = refCount(numbers, at); n > 0; n--, ref += REF_SIZE) this.#reference(numbers, ref, place);
    if (this.#chains !== undefined && hasChain(numbers, at)) {
      this.#chains.add(numbers, ref, place.recordIndex, place.line ?? 0);
    }
    return duplicate;
  }

  /** Notes that a record was counted valid, so that an issue found later can recount it. */
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
   * Reports what can only be known at the end, in record order: duplicate ids met after the ids spilled,
   * dangling references, referral circles (a record counted valid is recounted through `invalidate`); then,
   * with a bundle header, header mismatches. Deletes the temporary files, also when it throws.
   */
  finish(
    report: CrossReport,
    invalidate: (recordType: RecordType, recordIndex: number) => void,
    header?: unknown,
  ): void {
    try {
      const found = new FoundIssues(this.#memoryBytes * FOUND_SHARE, this.#spill);
      this.#found = found;
      this.#settleReferences(found);
      if (this.#chains !== undefined) {
        for (const cycle of this.#chains.cycles()) found.add(cycle.recordIndex, CYCLE, 0, cycle.line);
      }
      found.forEach((recordIndex, kind, detail, line, first) => {
        const recordType = this.#reportFound(report, recordIndex, kind, detail, line, first);
        if (recordType !== undefined && this.#unmarkValid(recordIndex)) invalidate(recordType, recordIndex);
      });
      if (header !== undefined && this.#agencyCountries !== undefined) {
        for (const issue of checkHeader(header, this.#agencyCountries, this.#options.locale)) report(issue);
      }
    } finally {
      this.close();
    }
  }

  /**
   * Deletes the temporary files and their directory (after an abort, say); records added later are ignored.
   * Safe to call more than once.
   */
  close(): void {
    this.#closed = true;
    try {
      this.#idRuns?.close();
      this.#pending.close();
      this.#chains?.close();
      this.#found?.close();
    } finally {
      this.#spill.remove();
    }
  }

  #addId(numbers: Uint32Array, at: number, tag: number, place: RecordPlace): Issue | undefined {
    const where = this.#options.lines ? (place.line ?? 0) : place.recordIndex;
    let ids = this.#ids;
    if (ids?.full && ids.byteLength * 3 > this.#memoryBytes && ids.find(numbers, at) < 0) {
      this.#spillIds(ids);
      ids = undefined;
    }
    if (ids === undefined) {
      const entry = this.#entry;
      for (let i = 0; i < 4; i++) entry[i] = numbers[at + i] as number;
      entry[ID_RECORD] = place.recordIndex;
      entry[ID_TAG] = tag;
      entry[ID_WHERE] = where;
      this.#idRuns?.push(entry, 0);
      return undefined;
    }
    const slot = ids.add(numbers, at, tag, where);
    if (slot < 0) return undefined;
    return this.#duplicateIssue(place.recordIndex, ids.whereAt(slot));
  }

  /** Moves the id table to a sorter; from now on every id goes there and duplicates are found at the end. */
  #spillIds(ids: IdIndex): void {
    const runs = this.#sorter(ID_WIDTH, this.#memoryBytes * ID_RUNS_SHARE);
    const entry = this.#entry;
    ids.forEach((keys, at, tag, where) => {
      for (let i = 0; i < 4; i++) entry[i] = keys[at + i] as number;
      // Record index 0 sorts it first among entries of its id: it is the first occurrence, all later records
      // having higher indexes (its location is still in `where`).
      entry[ID_RECORD] = 0;
      entry[ID_TAG] = tag;
      entry[ID_WHERE] = where;
      runs.push(entry, 0);
    });
    this.#ids = undefined;
    this.#idRuns = runs;
  }

  #reference(numbers: Uint32Array, at: number, place: RecordPlace): void {
    const field = numbers[at] as number;
    const ids = this.#ids;
    // Settled at once only while every id read so far is in the table, which holds each id's first record.
    if (ids !== undefined) {
      const slot = ids.find(numbers, at + 1);
      if (slot >= 0 && ids.tagAt(slot) === TARGET_TAGS[field >>> 24]) return;
    }
    const entry = this.#entry;
    for (let i = 0; i < 4; i++) entry[i] = numbers[at + 1 + i] as number;
    entry[REF_RECORD] = place.recordIndex;
    entry[REF_FIELD] = field;
    entry[REF_LINE] = place.line ?? 0;
    this.#pending.push(entry, 0);
  }

  /** Finds the duplicate ids left for the end and the waiting references that point nowhere. */
  #settleReferences(found: FoundIssues): void {
    const lines = this.#options.lines;
    const check = (numbers: Uint32Array, at: number, firstTag: number) => {
      const field = numbers[at + REF_FIELD] as number;
      const targetTag = TARGET_TAGS[field >>> 24] as number;
      if (firstTag === targetTag) return;
      // A file of victims alone cannot resolve their cases: only types present in the input are checked.
      if (firstTag === 0 && !this.#seenTags.has(targetTag)) return;
      found.add(numbers[at + REF_RECORD] as number, DANGLING, field, numbers[at + REF_LINE] as number);
    };
    const refs = this.#pending.sorted();
    const ids = this.#ids;
    if (ids !== undefined) {
      while (refs.next()) {
        const slot = ids.find(refs.numbers, refs.at);
        check(refs.numbers, refs.at, slot < 0 ? 0 : ids.tagAt(slot));
      }
      return;
    }
    joinIds((this.#idRuns as ExternalSorter).sorted(), refs, {
      duplicate: (numbers, at, firstWhere) => {
        const where = numbers[at + ID_WHERE] as number;
        found.add(
          numbers[at + ID_RECORD] as number,
          DUPLICATE,
          numbers[at + ID_TAG] as number,
          lines ? where : 0,
          firstWhere,
        );
      },
      reference: check,
    });
  }

  /** Reports one found issue; returns the type of the record it makes invalid, if any. */
  #reportFound(
    report: CrossReport,
    recordIndex: number,
    kind: number,
    detail: number,
    line: number,
    first: number,
  ): RecordType | undefined {
    const place = this.#place(recordIndex, line);
    if (kind === DUPLICATE) {
      report(this.#duplicateIssue(recordIndex, first), place);
      return recordTypeOfTag(detail);
    }
    if (kind === DANGLING) {
      const ref = REF_FIELDS[detail >>> 24] as RefField;
      const segments = ref.path.map((segment) => (segment === "*" ? detail & MAX_ARRAY_INDEX : segment));
      const path = this.#options.prefixOf(recordIndex) + toPointer(segments);
      report(inputIssue("dangling_reference", path, { field: ref.field }, this.#options.locale), place);
      return ref.recordType;
    }
    const path = `${this.#options.prefixOf(recordIndex)}/to/agencyId`;
    report(inputIssue("referral_chain_cycle", path, { field: "referral.to" }, this.#options.locale), place);
    return undefined;
  }

  #duplicateIssue(recordIndex: number, first: number): Issue {
    const params: Record<string, number> = this.#options.lines
      ? { firstLine: first }
      : { firstRecordIndex: first };
    const path = `${this.#options.prefixOf(recordIndex)}/id`;
    return inputIssue("duplicate_id", path, params, this.#options.locale);
  }

  /** Clears a record's valid bit; returns whether it was set. */
  #unmarkValid(recordIndex: number): boolean {
    const byte = recordIndex >>> 3;
    const bit = 1 << (recordIndex & 7);
    if (byte >= this.#validBits.length || ((this.#validBits[byte] as number) & bit) === 0) return false;
    this.#validBits[byte] = (this.#validBits[byte] as number) & ~bit;
    return true;
  }

  #sorter(width: number, memoryBytes: number): ExternalSorter {
    return new ExternalSorter({
      width,
      keySize: 4,
      tiebreak: 4,
      evenKey: true,
      memoryBytes,
      spill: this.#spill,
    });
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
