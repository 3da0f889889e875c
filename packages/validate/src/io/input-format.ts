import { extname } from "node:path";

/** The input formats `validateStream` and `validateFiles` read. */
export const INPUT_FORMATS = ["ndjson", "json", "csv"] as const;

/** One of the input formats. */
export type InputFormat = (typeof INPUT_FORMATS)[number];

const BY_EXTENSION: Readonly<Record<string, InputFormat>> = {
  ".ndjson": "ndjson",
  ".jsonl": "ndjson",
  ".json": "json",
  ".csv": "csv",
};

/** The format a file name's extension implies (case-insensitive), if any. */
export function formatOfFileName(fileName: string): InputFormat | undefined {
  return BY_EXTENSION[extname(fileName).toLowerCase()];
}

/** Type guard for an input format name. */
export function isInputFormat(value: unknown): value is InputFormat {
  return typeof value === "string" && (INPUT_FORMATS as readonly string[]).includes(value);
}

/** Bytes looked at by `sniffFormat` at most: the first line of NDJSON must fit in them. */
export const FORMAT_SNIFF_BYTES = 1024 * 1024;

/**
 * The format the first bytes of an input look like, or undefined when they say nothing: `[` starts a JSON
 * array; `{` starts NDJSON when the first line is a whole JSON value that is not a bundle, else a JSON
 * document; a first line with `,` `;` or a tab is CSV. A byte order mark is passed over (UTF-16 text is read
 * as such). Only the structure is looked at: nothing of the bytes is kept or shown.
 */
export function sniffFormat(head: Uint8Array): InputFormat | undefined {
  const text = decodeHead(head).trimStart();
  const first = text[0];
  if (first === "[") return "json";
  const newline = text.indexOf("\n");
  const line = newline < 0 ? text : text.slice(0, newline);
  if (first === "{") {
    if (newline < 0 && head.length >= FORMAT_SNIFF_BYTES) return "json";
    try {
      const value: unknown = JSON.parse(line);
      const bundle = typeof value === "object" && value !== null && Object.hasOwn(value, "records");
      return bundle || newline < 0 ? "json" : "ndjson";
    } catch {
      return "json";
    }
  }
  return /[,;\t]/.test(line) ? "csv" : undefined;
}

function decodeHead(head: Uint8Array): string {
  if (head[0] === 0xff && head[1] === 0xfe) return new TextDecoder("utf-16le").decode(head.subarray(2));
  if (head[0] === 0xfe && head[1] === 0xff) return new TextDecoder("utf-16be").decode(head.subarray(2));
  if (head[0] === 0xef && head[1] === 0xbb && head[2] === 0xbf)
    return new TextDecoder().decode(head.subarray(3));
  return new TextDecoder().decode(head);
}
