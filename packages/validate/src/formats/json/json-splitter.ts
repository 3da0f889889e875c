import { Buffer } from "node:buffer";

/** Receives the parts of a JSON document. */
export interface JsonSink {
  /** The document starts: an array of records, or an object (a bundle or a single record). */
  shape(kind: "array" | "object"): void;
  /** A record: an element of the top-level array or of a bundle's `records`, as `bytes[start..end)`. */
  element(bytes: Buffer, start: number, end: number, index: number, line: number): void;
  /** An element over the size limit, skipped. */
  elementTooLarge(index: number, line: number): void;
  /**
   * The top-level object. For a bundle, its `records` array is given empty (its elements came one by one);
   * `bytes` is undefined when the object is over the size limit.
   */
  object(bytes: Buffer | undefined, line: number, streamedRecords: boolean): void;
  /** The document does not start with `{` or `[`, or a second value follows the first (NDJSON). */
  notJson(firstByte: number, line: number, afterValue: boolean): void;
  /** The input ended inside the document; `index` is the element cut short, if any. */
  truncated(line: number, index: number | undefined): void;
  /** The input holds nothing but white space. */
  empty(): void;
}

enum State {
  Before,
  Inside,
  After,
  Stopped,
}

/**
 * Splits a JSON document into records with bounded memory: the elements of a top-level array, or of the
 * `records` array of a bundle object, are cut out one by one (a byte scanner that only follows strings and
 * brackets), while the rest of a bundle (its header) is kept aside. Each piece is limited to `maxBytes`;
 * nesting depth is only counted, so any depth is safe.
 */
export class JsonSplitter {
  readonly #maxBytes: number;
  #state = State.Before;
  #depth = 0;
  #inString = false;
  #escape = false;
  #line = 1;
  /** Depth of the array whose elements are records (1: top-level array, 2: a bundle's records), or 0. */
  #elementDepth = 0;
  #index = 0;
  // The element being cut out.
  #inElement = false;
  #elementStart = -1;
  #elementLine = 0;
  #elementIsScalar = false;
  #elementPieces: Buffer[] = [];
  #elementBytes = 0;
  #elementDropped = false;
  // The top-level object outside its records (object documents only).
  #headerPieces: Buffer[] = [];
  #headerBytes = 0;
  #headerDropped = false;
  #headerStart = -1;
  #headerLine = 1;
  #streamedRecords = false;
  // The key being read at depth 1 of the top-level object, to find `records`.
  #readingKey = false;
  #expectKey = false;
  #key = "";
  #lastKey = "";
  #awaitingValue = false;

  constructor(maxBytes: number) {
    this.#maxBytes = maxBytes;
  }

  /** Scans a chunk. */
  push(chunk: Buffer, sink: JsonSink): void {
    if (this.#state === State.Stopped) return;
    if (this.#state === State.Inside && this.#headerStart < 0 && this.#isObjectDocument()) {
      if (this.#elementDepth === 0 || this.#depth < this.#elementDepth) this.#headerStart = 0;
    }
    if (this.#inElement && this.#elementStart < 0) this.#elementStart = 0;
    const end = chunk.length;
    for (let i = 0; i < end; i++) {
      const c = chunk[i] as number;
      if (c === 0x0a) this.#line++;
      if (this.#inString) {
        if (this.#escape) this.#escape = false;
        else if (c === 0x5c) this.#escape = true;
        else if (c === 0x22) {
          this.#inString = false;
          if (this.#readingKey) this.#endKey();
          if (this.#inElement && this.#elementIsScalar && this.#depth === this.#elementDepth) {
            this.#endElement(chunk, i + 1, sink);
          }
        } else if (this.#readingKey && this.#key.length < 16) this.#key += String.fromCharCode(c);
        continue;
      }
      if (c === 0x20 || c === 0x09 || c === 0x0a || c === 0x0d) {
        if (this.#inElement && this.#elementIsScalar && this.#depth === this.#elementDepth) {
          this.#endElement(chunk, i, sink);
        }
        continue;
      }
      if (this.#state === State.Before) {
        if (c !== 0x7b && c !== 0x5b) {
          this.#state = State.Stopped;
          sink.notJson(c, this.#line, false);
          return;
        }
        this.#state = State.Inside;
        if (c === 0x5b) this.#elementDepth = 1;
        else {
          this.#headerStart = i;
          this.#headerLine = this.#line;
        }
        sink.shape(c === 0x5b ? "array" : "object");
      } else if (this.#state === State.After) {
        this.#state = State.Stopped;
        sink.notJson(c, this.#line, true);
        return;
      }
      // A record starts directly inside the records array.
      if (
        this.#elementDepth > 0 &&
        this.#depth === this.#elementDepth &&
        !this.#inElement &&
        c !== 0x2c &&
        c !== 0x5d
      ) {
        this.#startElement(i, c !== 0x7b && c !== 0x5b);
      } else if (this.#inElement && this.#elementIsScalar && this.#depth === this.#elementDepth) {
        if (c === 0x2c || c === 0x5d) this.#endElement(chunk, i, sink);
      }
      switch (c) {
        case 0x22:
          this.#inString = true;
          if (this.#depth === 1 && this.#expectKey && this.#isObjectDocument()) {
            this.#readingKey = true;
            this.#key = "";
          }
          break;
        case 0x7b:
        case 0x5b:
          this.#open(c, chunk, i);
          break;
        case 0x7d:
        case 0x5d:
          this.#close(chunk, i, sink);
          break;
        case 0x2c:
          this.#expectKey = this.#depth === 1;
          this.#awaitingValue = false;
          break;
        case 0x3a:
          this.#awaitingValue = this.#depth === 1;
          break;
        default:
          break;
      }
    }
    // Copy what outlives the chunk: a producer may reuse its buffer, and a view would keep the chunk whole.
    if (this.#inElement && this.#elementStart >= 0)
      this.#keepElement(Buffer.from(chunk.subarray(this.#elementStart)));
    if (this.#headerStart >= 0) this.#keepHeader(chunk.subarray(this.#headerStart));
    this.#elementStart = -1;
    this.#headerStart = -1;
  }

  /** Ends the document. */
  end(sink: JsonSink): void {
    if (this.#state === State.Before) sink.empty();
    else if (this.#state === State.Inside) {
      const index = this.#inElement ? this.#index++ : undefined;
      const line = this.#inElement ? this.#elementLine : this.#line;
      this.#inElement = false;
      this.#elementPieces = [];
      sink.truncated(line, index);
    }
    this.#state = State.Stopped;
  }

  #isObjectDocument(): boolean {
    return this.#elementDepth !== 1;
  }

  #endKey(): void {
    this.#readingKey = false;
    this.#expectKey = false;
    this.#lastKey = this.#key;
  }

  #open(c: number, chunk: Buffer, i: number): void {
    this.#depth++;
    if (this.#depth === 1) {
      this.#expectKey = c === 0x7b;
      return;
    }
    if (
      this.#depth === 2 &&
      this.#awaitingValue &&
      c === 0x5b &&
      this.#lastKey === "records" &&
      this.#isObjectDocument()
    ) {
      // The header keeps `[`; the records stream out; it resumes at the matching `]`.
      this.#keepHeader(chunk.subarray(this.#headerStart, i + 1));
      this.#headerStart = -1;
      this.#elementDepth = 2;
      this.#streamedRecords = true;
    }
    this.#awaitingValue = false;
  }

  #close(chunk: Buffer, i: number, sink: JsonSink): void {
    this.#depth--;
    if (this.#inElement && !this.#elementIsScalar && this.#depth === this.#elementDepth) {
      this.#endElement(chunk, i + 1, sink);
    }
    if (this.#elementDepth === 2 && this.#depth === 1) {
      // The records array closed: the header resumes with its `]`.
      this.#elementDepth = 0;
      this.#headerStart = i;
    }
    if (this.#depth === 0) {
      this.#state = State.After;
      if (this.#isObjectDocument()) {
        if (this.#headerStart >= 0) this.#keepHeader(chunk.subarray(this.#headerStart, i + 1));
        this.#headerStart = -1;
        const bytes = this.#headerDropped ? undefined : Buffer.concat(this.#headerPieces, this.#headerBytes);
        this.#headerPieces = [];
        sink.object(bytes, this.#headerLine, this.#streamedRecords);
      }
      this.#elementDepth = -1;
    }
  }

  #startElement(i: number, scalar: boolean): void {
    this.#inElement = true;
    this.#elementStart = i;
    this.#elementLine = this.#line;
    this.#elementIsScalar = scalar;
    this.#elementPieces = [];
    this.#elementBytes = 0;
    this.#elementDropped = false;
  }

  #endElement(chunk: Buffer, end: number, sink: JsonSink): void {
    const index = this.#index++;
    this.#inElement = false;
    if (this.#elementStart >= 0) this.#keepElement(chunk.subarray(this.#elementStart, end));
    this.#elementStart = -1;
    if (this.#elementDropped) {
      sink.elementTooLarge(index, this.#elementLine);
      return;
    }
    const pieces = this.#elementPieces;
    this.#elementPieces = [];
    if (pieces.length === 1) {
      const only = pieces[0] as Buffer;
      sink.element(only, 0, only.length, index, this.#elementLine);
    } else {
      const bytes = Buffer.concat(pieces, this.#elementBytes);
      sink.element(bytes, 0, bytes.length, index, this.#elementLine);
    }
  }

  #keepElement(bytes: Buffer): void {
    if (this.#elementDropped) return;
    this.#elementBytes += bytes.length;
    if (this.#elementBytes > this.#maxBytes) {
      this.#elementDropped = true;
      this.#elementPieces = [];
      return;
    }
    this.#elementPieces.push(bytes);
  }

  #keepHeader(bytes: Buffer): void {
    if (this.#headerDropped) return;
    this.#headerBytes += bytes.length;
    if (this.#headerBytes > this.#maxBytes) {
      this.#headerDropped = true;
      this.#headerPieces = [];
      return;
    }
    this.#headerPieces.push(Buffer.from(bytes));
  }
}
