/**
 * Text encodings the SDK's readers decode. `utf-8` is the default; the others are what spreadsheets of the
 * region write: Excel's "Unicode text" (UTF-16) and the Western European code pages of Windows.
 */
export const TEXT_ENCODINGS = ["utf-8", "utf-16le", "utf-16be", "windows-1252", "iso-8859-15"] as const;

/** An encoding the readers decode. */
export type TextEncoding = (typeof TEXT_ENCODINGS)[number];

/** What a reader is told about its input: an encoding, or `auto` to follow the byte order mark (the default). */
export type EncodingOption = TextEncoding | "auto";

/**
 * Other names accepted for the encodings. `latin1` and `iso-8859-1` decode as `windows-1252`, as the WHATWG
 * Encoding Standard (and so every browser) does: the two agree on every printable character, and files
 * labelled Latin-1 are in practice written by Windows.
 */
const ALIASES: Readonly<Record<string, TextEncoding | "auto">> = {
  auto: "auto",
  "utf-8": "utf-8",
  utf8: "utf-8",
  "utf-16le": "utf-16le",
  utf16le: "utf-16le",
  "utf-16be": "utf-16be",
  utf16be: "utf-16be",
  "windows-1252": "windows-1252",
  cp1252: "windows-1252",
  latin1: "windows-1252",
  "latin-1": "windows-1252",
  "iso-8859-1": "windows-1252",
  "iso-8859-15": "iso-8859-15",
  latin9: "iso-8859-15",
};

/** Names `encodingOf` accepts, for help texts and error messages. */
export const ENCODING_NAMES: readonly string[] = ["auto", ...TEXT_ENCODINGS, "latin1"];

/** The encoding a name stands for (any case), or `undefined` for a name the readers do not decode. */
export function encodingOf(name: string): EncodingOption | undefined {
  const key = name.trim().toLowerCase();
  return Object.hasOwn(ALIASES, key) ? ALIASES[key] : undefined;
}

/** What the first bytes of an input say about its encoding. */
export interface SniffedEncoding {
  readonly encoding: "utf-8" | "utf-16le" | "utf-16be";
  /** Length of the byte order mark to drop (0 when there is none). */
  readonly bom: number;
  /** `bom`: a byte order mark says so; `pattern`: NUL bytes every other byte; `default`: nothing says otherwise. */
  readonly by: "bom" | "pattern" | "default";
}

/** Bytes `sniffEncoding` needs to see to tell UTF-16 without a byte order mark. */
export const SNIFF_BYTES = 64;

/**
 * Reads the encoding off the first bytes of an input (give at least `SNIFF_BYTES` when there are that many):
 * a byte order mark (UTF-8, UTF-16 LE or BE), else UTF-16 without one when every other byte is NUL on the
 * same side and never on the other (text of the Latin alphabet in UTF-16), else UTF-8.
 */
export function sniffEncoding(head: Uint8Array): SniffedEncoding {
  if (head[0] === 0xef && head[1] === 0xbb && head[2] === 0xbf)
    return { encoding: "utf-8", bom: 3, by: "bom" };
  if (head[0] === 0xff && head[1] === 0xfe) return { encoding: "utf-16le", bom: 2, by: "bom" };
  if (head[0] === 0xfe && head[1] === 0xff) return { encoding: "utf-16be", bom: 2, by: "bom" };
  const pairs = Math.floor(Math.min(head.length, SNIFF_BYTES) / 2);
  let evenNul = 0;
  let oddNul = 0;
  for (let i = 0; i < pairs * 2; i += 2) {
    if (head[i] === 0) evenNul++;
    if (head[i + 1] === 0) oddNul++;
  }
  // Two or more characters, at least half of them with a NUL on one side and none on the other.
  if (pairs >= 2 && evenNul === 0 && oddNul * 2 >= pairs)
    return { encoding: "utf-16le", bom: 0, by: "pattern" };
  if (pairs >= 2 && oddNul === 0 && evenNul * 2 >= pairs)
    return { encoding: "utf-16be", bom: 0, by: "pattern" };
  return { encoding: "utf-8", bom: 0, by: "default" };
}
