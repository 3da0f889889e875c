import { Buffer } from "node:buffer";
import { parse } from "csv-parse/sync";
import { stringify } from "csv-stringify/sync";

const POINT_NUMBER = /^([+-]?\d+)\.(\d+)$/;

/**
 * A comma / UTF-8 CSV as Excel saves it in a Spanish, French or Portuguese locale: `;` between cells, decimal
 * commas (`16.0` becomes `16,0`), CRLF line ends, windows-1252 bytes. The text must hold only characters
 * windows-1252 and Latin-1 share (0x00-0x7F, 0xA0-0xFF), so Node's Latin-1 encoder writes it.
 */
export function asSpanishExcel(csv: string): Buffer {
  const rows = parse(csv, { bom: true, relax_column_count: true }) as string[][];
  const spanish = rows.map((row) => row.map((cell) => cell.replace(POINT_NUMBER, "$1,$2")));
  const text = stringify(spanish, { delimiter: ";", record_delimiter: "\r\n" });
  for (const char of text) {
    const code = char.codePointAt(0) as number;
    if (code > 0xff || (code >= 0x80 && code < 0xa0)) throw new Error("asSpanishExcel: text outside Latin-1");
  }
  return Buffer.from(text, "latin1");
}

/** Bytes handed over in chunks of `size`, as a stream would. */
export function* inChunks(bytes: Uint8Array, size: number): Generator<Uint8Array> {
  for (let at = 0; at < bytes.length; at += size) yield bytes.subarray(at, at + size);
}
