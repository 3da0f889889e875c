import { Buffer } from "node:buffer";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { TextDecodeError, TextInputDecoder } from "./text-decoder.js";

/** Decodes chunks the way a stream hands them over; returns the text, or the error thrown. */
function decode(
  chunks: readonly Uint8Array[],
  encoding?: Parameters<typeof options>[0],
): string | TextDecodeError {
  const decoder = new TextInputDecoder(options(encoding));
  try {
    let text = "";
    for (const chunk of chunks) text += decoder.push(chunk);
    return text + decoder.end();
  } catch (error) {
    if (error instanceof TextDecodeError) return error;
    throw error;
  }
}

function options(encoding?: "auto" | "utf-8" | "windows-1252" | "utf-16le" | "utf-16be") {
  return encoding === undefined ? {} : { encoding };
}

/** Cuts bytes into pieces of `size`. */
function pieces(bytes: Uint8Array, size: number): Uint8Array[] {
  const out: Uint8Array[] = [];
  for (let i = 0; i < bytes.length; i += size) out.push(bytes.subarray(i, i + size));
  return out;
}

const TEXT = "id,name\n1,José Muñoz\n2,Zoë 𝄞\n";
const bytes = (hex: string) => Buffer.from(hex.replace(/ /g, ""), "hex");

describe("TextInputDecoder", () => {
  it("reads UTF-8 and drops a UTF-8 byte order mark", () => {
    expect(decode([Buffer.from(TEXT)])).toBe(TEXT);
    expect(decode([bytes("efbbbf"), Buffer.from(TEXT)])).toBe(TEXT);
  });

  it("reads UTF-16 LE and BE with a byte order mark", () => {
    const le = Buffer.concat([bytes("fffe"), Buffer.from(TEXT, "utf16le")]);
    const be = Buffer.from(le).swap16();
    expect(be.subarray(0, 2)).toEqual(bytes("feff"));
    expect(decode([le])).toBe(TEXT);
    expect(decode([be])).toBe(TEXT);
    const decoder = new TextInputDecoder();
    decoder.push(be);
    decoder.end();
    expect(decoder.encoding).toBe("utf-16be");
    expect(decoder.detectedBy).toBe("bom");
  });

  it("reads UTF-16 without a byte order mark when every other byte is NUL", () => {
    const le = Buffer.from(TEXT, "utf16le");
    const be = Buffer.from(le).swap16();
    expect(decode([le])).toBe(TEXT);
    expect(decode([be])).toBe(TEXT);
    const decoder = new TextInputDecoder();
    decoder.push(le);
    decoder.end();
    expect(decoder.detectedBy).toBe("pattern");
  });

  it("joins a character cut by any chunk boundary, in UTF-8 and UTF-16", () => {
    const utf8 = Buffer.from(TEXT);
    const utf16 = Buffer.concat([bytes("fffe"), Buffer.from(TEXT, "utf16le")]);
    for (const input of [utf8, utf16]) {
      for (let cut = 1; cut < input.length; cut++) {
        expect(decode([input.subarray(0, cut), input.subarray(cut)])).toBe(TEXT);
      }
      expect(decode(pieces(input, 1))).toBe(TEXT);
    }
  });

  it("refuses Windows-1252 bytes read as UTF-8, at their line, instead of replacing them", () => {
    // "Jos\xe9 Mu\xf1oz" is how a Windows program saves the name.
    const input = Buffer.concat([
      Buffer.from("id,name\n1,ok\n2,Jos"),
      bytes("e9"),
      Buffer.from(" Mu\xf1oz\n", "latin1"),
    ]);
    const error = decode([input]);
    expect(error).toBeInstanceOf(TextDecodeError);
    const { problem, line, byteOffset, message } = error as TextDecodeError;
    expect(problem).toBe("invalid_utf8");
    expect(line).toBe(3);
    expect(byteOffset).toBe("id,name\n1,ok\n2,Jos".length);
    expect(message).toContain("line 3");
    expect(message).toContain("windows-1252");
    expect(message).not.toContain("Jos");
  });

  it("reads Windows-1252 when told so", () => {
    const input = Buffer.from("id;name\n1;José Muñoz\n", "latin1");
    expect(decode([input], "windows-1252")).toBe("id;name\n1;José Muñoz\n");
    // The bytes 0x80-0x9F are the Windows characters (euro, curly quotes), not control codes.
    expect(decode([bytes("80 93 94")], "windows-1252")).toBe("\u20ac\u201c\u201d");
    for (let cut = 1; cut < input.length; cut++)
      expect(decode([input.subarray(0, cut), input.subarray(cut)], "windows-1252")).toBe(
        "id;name\n1;José Muñoz\n",
      );
  });

  it("refuses the five bytes windows-1252 leaves undefined, with their line", () => {
    const error = decode([Buffer.from("a;b\n1;"), bytes("81"), Buffer.from("\n")], "windows-1252");
    expect((error as TextDecodeError).problem).toBe("invalid_encoding");
    expect((error as TextDecodeError).line).toBe(2);
    expect((error as TextDecodeError).byteOffset).toBe(6);
  });

  it("places a bad byte deep in a large input, past many chunk boundaries", () => {
    const line = "1,Ana María,F,16\n";
    const before = line.repeat(20_000);
    const input = Buffer.concat([Buffer.from(before), bytes("ff"), Buffer.from(line.repeat(100))]);
    const expectedOffset = Buffer.byteLength(before);
    for (const size of [65_536, 1000, 7]) {
      const error = decode(pieces(input, size));
      expect(error).toBeInstanceOf(TextDecodeError);
      expect((error as TextDecodeError).line).toBe(20_001);
      expect((error as TextDecodeError).byteOffset).toBe(expectedOffset);
    }
  });

  it("places a character cut short by a bad byte when the cut falls on a chunk boundary", () => {
    // "é" is C3 A9; here C3 is followed by a comma.
    const input = Buffer.concat([Buffer.from("a\nb"), bytes("c3"), Buffer.from(",c\n")]);
    for (let cut = 1; cut < input.length; cut++) {
      const error = decode([input.subarray(0, cut), input.subarray(cut)]);
      expect((error as TextDecodeError).line).toBe(2);
      expect((error as TextDecodeError).byteOffset).toBe(3);
    }
  });

  it("refuses UTF-8 cut short at the end, and an unpaired surrogate in UTF-16", () => {
    expect(decode([Buffer.from("a\n"), bytes("e2 82")])).toBeInstanceOf(TextDecodeError);
    const lone = Buffer.concat([
      bytes("fffe"),
      Buffer.from("a\n", "utf16le"),
      bytes("00d8"),
      Buffer.from("b", "utf16le"),
    ]);
    const error = decode([lone]);
    expect((error as TextDecodeError).problem).toBe("invalid_encoding");
    expect((error as TextDecodeError).line).toBe(2);
  });

  it("refuses NUL bytes, with their line", () => {
    const error = decode([Buffer.from("a,b\n1,2\n3,\u00004\n")]);
    expect((error as TextDecodeError).problem).toBe("nul_byte");
    expect((error as TextDecodeError).line).toBe(3);
  });

  it("refuses a byte order mark of another encoding than the one given", () => {
    const error = decode([bytes("fffe"), Buffer.from("a", "utf16le")], "utf-8");
    expect((error as TextDecodeError).problem).toBe("bom_mismatch");
    expect(decode([bytes("efbbbf 61")], "windows-1252")).toBeInstanceOf(TextDecodeError);
  });

  it("gives back exactly the text of any UTF-8 input, however it is cut", () => {
    fc.assert(
      fc.property(fc.string({ unit: "grapheme" }), fc.integer({ min: 1, max: 9 }), (text, size) => {
        const clean = text.replaceAll("\u0000", "");
        expect(decode(pieces(Buffer.from(clean), size))).toBe(clean.replace(/^\ufeff/, ""));
      }),
    );
  });
});
