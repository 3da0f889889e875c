import { Buffer } from "node:buffer";
import { describe, expect, it } from "vitest";
import { type RecordItem, readRecordItems } from "./record-reader.js";

async function itemsOf(
  text: string | Buffer,
  format: "ndjson" | "json",
  chunkSize = 7,
): Promise<RecordItem[]> {
  const bytes = typeof text === "string" ? Buffer.from(text, "utf8") : text;
  async function* chunks() {
    for (let at = 0; at < bytes.length; at += chunkSize) yield bytes.subarray(at, at + chunkSize);
  }
  const items: RecordItem[] = [];
  for await (const item of readRecordItems(chunks(), { format, maxBytes: 200, maxDepth: 8 }))
    items.push(item);
  return items;
}

const deep = (depth: number) => `${'{"a":'.repeat(depth)}1${"}".repeat(depth)}`;

describe("readRecordItems", () => {
  it("reads NDJSON lines, passes blank lines over and locates the bad ones by line", async () => {
    const text = `{"n":1}\n\n{"n":2\r\n${deep(9)}\n{"n":"${"x".repeat(300)}"}\n[1]`;
    const items = await itemsOf(text, "ndjson");
    expect(items).toEqual([
      { kind: "record", value: { n: 1 }, place: { line: 1, index: 0, pointer: "" } },
      { kind: "skipped", reason: "invalid_json", place: { line: 3, index: 1, pointer: "" } },
      { kind: "skipped", reason: "too_deep", place: { line: 4, index: 2, pointer: "" } },
      { kind: "skipped", reason: "record_too_large", place: { line: 5, index: 3, pointer: "" } },
      { kind: "record", value: [1], place: { line: 6, index: 4, pointer: "" } },
    ]);
  });

  it("streams a bundle's records with JSON Pointers and hands its other members on last", async () => {
    const text =
      '{\n "schemaVersion": "1.0",\n "records": [\n  {"n": 1},\n  nope,\n  {"n": 3}\n ],\n "tlp": "RED"\n}\n';
    const items = await itemsOf(text, "json");
    expect(items).toEqual([
      { kind: "shape", shape: "bundle" },
      { kind: "record", value: { n: 1 }, place: { line: 4, index: 0, pointer: "/records/0" } },
      { kind: "skipped", reason: "invalid_json", place: { line: 5, index: 1, pointer: "/records/1" } },
      { kind: "record", value: { n: 3 }, place: { line: 6, index: 2, pointer: "/records/2" } },
      {
        kind: "header",
        value: { schemaVersion: "1.0", records: [], tlp: "RED" },
        reason: undefined,
        line: 1,
      },
    ]);
  });

  it("reads an array, and says when a document is cut short or followed by more", async () => {
    expect(await itemsOf('[{"n":1}, {"n":', "json")).toEqual([
      { kind: "shape", shape: "array" },
      { kind: "record", value: { n: 1 }, place: { line: 1, index: 0, pointer: "/0" } },
      { kind: "skipped", reason: "truncated_input", place: { line: 1, index: 1, pointer: "/1" } },
      { kind: "broken", line: 1, cause: "truncated" },
    ]);
    const after = await itemsOf('{"records": []}\n{"records": []}\n', "json");
    expect(after.at(-1)).toEqual({ kind: "broken", line: 2, cause: "not_json" });
  });

  it("keeps __proto__ keys as data and leaves Object.prototype alone", async () => {
    const items = await itemsOf(
      '{"__proto__": {"polluted": 1}, "constructor": {"prototype": {"x": 1}}}\n',
      "ndjson",
    );
    const first = items[0];
    expect(first?.kind).toBe("record");
    expect(Object.hasOwn((first as { value: object }).value, "__proto__")).toBe(true);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(({} as Record<string, unknown>).x).toBeUndefined();
  });

  it("refuses UTF-16 input at once", async () => {
    const bytes = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from('{"n":1}\n', "utf16le")]);
    expect(await itemsOf(bytes, "ndjson")).toEqual([{ kind: "broken", line: 1, cause: "utf16" }]);
  });
});
