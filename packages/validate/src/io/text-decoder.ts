import { Buffer } from "node:buffer";
import { createRequire } from "node:module";
import type iconv from "iconv-lite";
import { type EncodingOption, SNIFF_BYTES, sniffEncoding, type TextEncoding } from "./text-encoding.js";

/** Why text could not be decoded. */
export type DecodeProblem = "invalid_utf8" | "invalid_encoding" | "nul_byte" | "bom_mismatch";

/**
 * Thrown by `TextInputDecoder` when the bytes are not text in the encoding: it says where (the byte offset
 * from the start of the input and the line, from 1), never which bytes.
 */
export class TextDecodeError extends Error {
  override readonly name = "TextDecodeError";
  constructor(
    readonly problem: DecodeProblem,
    readonly encoding: TextEncoding,
    readonly line: number,
    readonly byteOffset: number,
    /** The text decoded before the bad bytes that was not handed back yet, for readers that keep what came before. */
    readonly textBefore = "",
  ) {
    super(
      problem === "bom_mismatch"
        ? `The input starts with a byte order mark that is not ${encoding}`
        : problem === "nul_byte"
          ? `The input has a NUL byte at line ${line}: it is binary or in another encoding`
          : `The input is not ${encoding} text at line ${line} (byte ${byteOffset})` +
            (encoding === "utf-8"
              ? "; if it was saved by a Windows program, try the encoding windows-1252"
              : ""),
    );
  }
}

/** Options of `TextInputDecoder`. */
export interface TextInputDecoderOptions {
  /** The encoding, or `auto` (default): a byte order mark, UTF-16 evident from NUL bytes, else UTF-8. */
  readonly encoding?: EncodingOption;
  /** Refuse text holding U+0000, which no CSV or JSON text has. Default true. */
  readonly refuseNul?: boolean;
}

/**
 * Decodes the chunks of an input as they come, whatever the chunk boundaries (a character cut in two is
 * joined). Never replaces a character: bytes that are not text in the encoding throw a `TextDecodeError` with
 * their place. A byte order mark of the encoding is dropped; one of another encoding is refused.
 *
 * UTF-8 and UTF-16 go through the platform's `TextDecoder` in fatal mode. The Windows code pages go through
 * iconv-lite: Node 20's `TextDecoder("windows-1252")` decodes 0x80-0x9F as Latin-1 control codes outside
 * streaming mode and drops bytes in fatal mode. iconv-lite writes U+FFFD for the five bytes windows-1252
 * leaves undefined; none of its bytes stands for U+FFFD itself, so one in its output is refused.
 */
export class TextInputDecoder {
  readonly #option: EncodingOption;
  readonly #refuseNul: boolean;
  #decoder: TextDecoder | undefined;
  #codePage: ReturnType<typeof iconv.getDecoder> | undefined;
  #encoding: TextEncoding | undefined;
  #detectedBy: "option" | "bom" | "pattern" | "default" = "option";
  #head: Uint8Array[] = [];
  #headBytes = 0;
  /** Bytes of the input decoded so far (byte order mark included), and lines of the text given back. */
  #offset = 0;
  #line = 1;
  /** The last bytes decoded, to place an error that starts in a character cut by the chunk boundary. */
  #recent: Uint8Array = new Uint8Array(0);
  #skipped = 0;

  constructor(options: TextInputDecoderOptions = {}) {
    this.#option = options.encoding ?? "auto";
    this.#refuseNul = options.refuseNul ?? true;
  }

  /** The encoding in use, once the first bytes are in (`undefined` before). */
  get encoding(): TextEncoding | undefined {
    return this.#encoding;
  }

  /** How the encoding was chosen: given as an option, or read off a byte order mark or NUL pattern, or UTF-8. */
  get detectedBy(): "option" | "bom" | "pattern" | "default" {
    return this.#detectedBy;
  }

  /** Decodes a chunk; returns the text that is complete so far (possibly empty). */
  push(chunk: Uint8Array): string {
    if (this.#encoding !== undefined) return this.#decode(chunk, true);
    this.#head.push(chunk);
    this.#headBytes += chunk.length;
    if (this.#headBytes < SNIFF_BYTES) return "";
    return this.#start(true);
  }

  /** Ends the input: decodes what is left, and throws when it ends in the middle of a character. */
  end(): string {
    if (this.#encoding === undefined) return this.#start(false);
    return this.#decode(new Uint8Array(0), false);
  }

  #start(stream: boolean): string {
    const head = concat(this.#head, this.#headBytes);
    this.#head = [];
    const sniffed = sniffEncoding(head);
    let skip = 0;
    if (this.#option === "auto") {
      this.#encoding = sniffed.encoding;
      this.#detectedBy = sniffed.by;
      skip = sniffed.bom;
    } else {
      this.#encoding = this.#option;
      if (sniffed.by === "bom") {
        if (sniffed.encoding !== this.#option) throw new TextDecodeError("bom_mismatch", this.#option, 1, 0);
        skip = sniffed.bom;
      }
    }
    if (isCodePage(this.#encoding)) this.#codePage = codePages().getDecoder(this.#encoding);
    else this.#decoder = new TextDecoder(this.#encoding, { fatal: true, ignoreBOM: true });
    this.#offset = skip;
    this.#skipped = skip;
    return this.#decode(head.subarray(skip), stream);
  }

  #decode(chunk: Uint8Array, stream: boolean): string {
    const encoding = this.#encoding as TextEncoding;
    if (this.#codePage !== undefined) return this.#decodeCodePage(chunk, stream, encoding);
    const decoder = this.#decoder as TextDecoder;
    let text: string;
    try {
      text = decoder.decode(chunk, { stream });
    } catch {
      const pending = pendingBytes(this.#recent, this.#offset - this.#skipped, encoding);
      const bytes = concat([this.#recent.subarray(this.#recent.length - pending), chunk]);
      const decodable = longestDecodable(bytes, encoding);
      // The bad bytes start with the character left unfinished by the longest prefix that decodes.
      const start = Math.max(0, decodable - RECENT_BYTES);
      const decoded = this.#offset - this.#skipped - pending + decodable;
      const good = decodable - pendingBytes(bytes.subarray(start, decodable), decoded, encoding);
      const before = new TextDecoder(encoding, { ignoreBOM: true }).decode(bytes.subarray(0, good), {
        stream: true,
      });
      const line = this.#line + countLines(before, 0, before.length);
      throw new TextDecodeError(this.#problem(), encoding, line, this.#offset - pending + good, before);
    }
    this.#refuseNulIn(text, encoding);
    this.#line += countLines(text, 0, text.length);
    this.#offset += chunk.length;
    this.#recent =
      chunk.length >= RECENT_BYTES
        ? chunk.slice(chunk.length - RECENT_BYTES)
        : concat([this.#recent, chunk]).slice(-RECENT_BYTES);
    return text;
  }

  /** A single-byte code page: one character per byte, so a character's index is its byte's. */
  #decodeCodePage(chunk: Uint8Array, stream: boolean, encoding: TextEncoding): string {
    const codePage = this.#codePage as ReturnType<typeof iconv.getDecoder>;
    const text =
      codePage.write(Buffer.from(chunk.buffer, chunk.byteOffset, chunk.byteLength)) +
      (stream ? "" : (codePage.end() ?? ""));
    const bad = text.indexOf("\ufffd");
    if (bad >= 0) {
      const line = this.#line + countLines(text, 0, bad);
      throw new TextDecodeError("invalid_encoding", encoding, line, this.#offset + bad, text.slice(0, bad));
    }
    this.#refuseNulIn(text, encoding);
    this.#line += countLines(text, 0, text.length);
    this.#offset += chunk.length;
    return text;
  }

  #refuseNulIn(text: string, encoding: TextEncoding): void {
    if (!this.#refuseNul) return;
    const nul = text.indexOf("\u0000");
    if (nul < 0) return;
    const line = this.#line + countLines(text, 0, nul);
    throw new TextDecodeError("nul_byte", encoding, line, this.#offset, text.slice(0, nul));
  }

  #problem(): DecodeProblem {
    return this.#encoding === "utf-8" ? "invalid_utf8" : "invalid_encoding";
  }
}

/** Enough bytes to hold the unfinished character at the end of what was decoded (UTF-8: 3, UTF-16: 3). */
const RECENT_BYTES = 4;

/**
 * How many of the last bytes decoded wait for the next chunk: the start of a UTF-8 sequence, or in UTF-16 an
 * odd byte and a high surrogate. `decoded` is the count of bytes decoded, to know UTF-16's alignment.
 */
function pendingBytes(recent: Uint8Array, decoded: number, encoding: TextEncoding): number {
  const n = recent.length;
  if (encoding === "utf-8") {
    for (let i = n - 1; i >= Math.max(0, n - 3); i--) {
      const b = recent[i] as number;
      if ((b & 0xc0) === 0x80) continue;
      if (b < 0xc0) return 0;
      const needs = b >= 0xf0 ? 4 : b >= 0xe0 ? 3 : 2;
      return n - i < needs ? n - i : 0;
    }
    return 0;
  }
  if (encoding !== "utf-16le" && encoding !== "utf-16be") return 0;
  const odd = decoded % 2;
  const end = n - odd;
  if (end < 2) return odd;
  const [a, b] = [recent[end - 2] as number, recent[end - 1] as number];
  const unit = encoding === "utf-16le" ? a | (b << 8) : (a << 8) | b;
  return unit >= 0xd800 && unit <= 0xdbff ? odd + 2 : odd;
}

let iconvLite: typeof iconv | undefined;

/**
 * iconv-lite, loaded on the first code page: nearly every input is UTF-8, and loading it as an ES module took
 * about 10 ms of every start of `tip validate`. The decoder is synchronous, hence `require`.
 */
function codePages(): typeof iconv {
  iconvLite ??= createRequire(import.meta.url)("iconv-lite") as typeof iconv;
  return iconvLite;
}

function isCodePage(encoding: TextEncoding): boolean {
  return encoding === "windows-1252" || encoding === "iso-8859-15";
}

function concat(parts: readonly Uint8Array[], total = parts.reduce((n, p) => n + p.length, 0)): Uint8Array {
  if (parts.length === 1) return parts[0] as Uint8Array;
  const out = new Uint8Array(total);
  let at = 0;
  for (const part of parts) {
    out.set(part, at);
    at += part.length;
  }
  return out;
}

function countLines(text: string, from: number, to: number): number {
  let lines = 0;
  for (let i = text.indexOf("\n", from); i >= 0 && i < to; i = text.indexOf("\n", i + 1)) lines++;
  return lines;
}

/**
 * The length of the longest prefix of `bytes` that decodes (a character unfinished at its end is fine): the
 * bad bytes start there. Found by halving; runs only on the failure path.
 */
function longestDecodable(bytes: Uint8Array, encoding: TextEncoding): number {
  const fits = (end: number) => {
    try {
      new TextDecoder(encoding, { fatal: true, ignoreBOM: true }).decode(bytes.subarray(0, end), {
        stream: true,
      });
      return true;
    } catch {
      return false;
    }
  };
  let low = 0;
  let high = bytes.length;
  while (low < high) {
    const mid = Math.ceil((low + high) / 2);
    if (fits(mid)) low = mid;
    else high = mid - 1;
  }
  return low;
}
