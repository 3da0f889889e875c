import { Buffer } from "node:buffer";
import { describe, expect, it } from "vitest";
import { formatOfFileName, sniffFormat } from "./input-format.js";

describe("formatOfFileName", () => {
  it("reads the format from the extension, ignoring case", () => {
    expect(formatOfFileName("export.ndjson")).toBe("ndjson");
    expect(formatOfFileName("dir/EXPORT.JSONL")).toBe("ndjson");
    expect(formatOfFileName("bundle.json")).toBe("json");
    expect(formatOfFileName("victims.csv")).toBe("csv");
  });

  it("knows nothing of other names", () => {
    expect(formatOfFileName("export.txt")).toBeUndefined();
    expect(formatOfFileName("ndjson")).toBeUndefined();
  });
});

describe("sniffFormat", () => {
  const sniff = (text: string) => sniffFormat(new TextEncoder().encode(text));

  it("tells NDJSON from a JSON document by the first line", () => {
    expect(sniff('{"recordType":"victim"}\n{"recordType":"case"}\n')).toBe("ndjson");
    expect(sniff('  \n{\n  "recordType": "victim"\n}\n')).toBe("json");
    expect(sniff('[{"recordType":"victim"}]')).toBe("json");
    // One object on one line: a record or a bundle, read as a JSON document.
    expect(sniff('{"recordType":"bundle","records":[]}\n')).toBe("json");
    expect(sniff('{"recordType":"victim"}')).toBe("json");
  });

  it("finds CSV by a delimiter on the first line, and nothing in plain text", () => {
    expect(sniff("recordType,id\nvictim,1\n")).toBe("csv");
    expect(sniff("recordType;id\n")).toBe("csv");
    expect(sniff("recordType\tid\n")).toBe("csv");
    expect(sniff("hello\n")).toBeUndefined();
    expect(sniff("")).toBeUndefined();
  });

  it("passes over a byte order mark, UTF-16 included", () => {
    expect(sniffFormat(Uint8Array.of(0xef, 0xbb, 0xbf, 0x5b, 0x5d))).toBe("json");
    const utf16 = Buffer.from("\ufeffa,b\n", "utf16le");
    expect(sniffFormat(utf16)).toBe("csv");
  });

  it("treats hostile keys as plain text: a __proto__ first line is still NDJSON", () => {
    expect(sniff('{"__proto__":{"records":1}}\n{}\n')).toBe("ndjson");
  });
});
