import { describe, expect, it } from "vitest";
import { checkRecord } from "../issues/check-record.js";
import { keyPositions } from "../issues/shown-path.js";
import { EXAMPLES } from "../model/examples.js";
import { parseJson, writtenKeyOrder } from "./parse-json.js";

/** Each key of the object at `path` with its place, in the order of the places. */
function places(value: unknown, ...path: string[]): [PropertyKey, number][] {
  let object = value;
  for (const key of path) object = (object as Record<string, unknown>)[key];
  return [...keyPositions(object)].sort((a, b) => a[1] - b[1]);
}

describe("parseJson", () => {
  it("parses as JSON.parse does", () => {
    const text = '{"b":1,"a":[1,{"c":null}],"7":"x"}';
    expect(parseJson(text)).toEqual(JSON.parse(text));
    expect(() => parseJson("{,}")).toThrow(SyntaxError);
  });

  it("numbers integer-like keys where the text wrote them, at every depth", () => {
    const text = '{"name":1,"42":2,"7":3,"inner":[{"z":1,"0":2}],"es\\u0063aped":{"b":1,"\\u0031":2}}';
    const value = parseJson(text);
    // What JavaScript lists first, a reader of the text finds later.
    expect(Object.keys(value as object).slice(0, 2)).toEqual(["7", "42"]);
    expect(places(value)).toEqual([
      ["name", 1],
      ["42", 2],
      ["7", 3],
      ["inner", 4],
      ["escaped", 5],
    ]);
    expect(places((value as { inner: unknown[] }).inner[0])).toEqual([
      ["z", 1],
      ["0", 2],
    ]);
    expect(places(value, "escaped")).toEqual([
      ["b", 1],
      ["1", 2],
    ]);
  });

  it("remembers nothing when the text order is JavaScript's", () => {
    const value = parseJson('{"1":{"a":1},"b":{"2":1}}') as Record<string, object>;
    expect(writtenKeyOrder(value)).toBeUndefined();
    expect(writtenKeyOrder(value.b as object)).toBeUndefined();
  });

  it("follows a repeated key to the value JSON.parse kept", () => {
    const value = parseJson('{"k":{"x":1,"5":2},"k":{"y":1,"9":2}}') as { k: object };
    expect(places(value.k)).toEqual([
      ["y", 1],
      ["9", 2],
    ]);
  });

  it("reads 10,000 levels of nesting without overflowing the stack", () => {
    const depth = 10_000;
    const text = `${'{"1":0,"a":'.repeat(depth)}1${"}".repeat(depth)}`;
    let value = parseJson(text) as Record<string, unknown>;
    for (let level = 0; level < depth - 1; level++) {
      expect(keyPositions(value).get("a")).toBe(2);
      value = value.a as Record<string, unknown>;
    }
  });

  it("gives checkRecord the text's place of an unknown integer-like key, copied or not", () => {
    const victim = JSON.stringify(EXAMPLES.victim);
    // Unknown keys at the end of the text: 7 fields of the example come before them.
    const text = `${victim.slice(0, -1)},"zz":1,"42":2}`;
    const count = Object.keys(EXAMPLES.victim).length;
    for (const parsedJson of [true, false]) {
      const result = checkRecord(parseJson(text), { parsedJson });
      const unknown = result.issues.filter((issue) => issue.code === "unknown_field");
      expect(unknown.map((issue) => issue.params.position).sort()).toEqual([count + 1, count + 2].sort());
    }
    // JSON.parse alone puts "42" first.
    const plain = checkRecord(JSON.parse(text)).issues.filter((issue) => issue.code === "unknown_field");
    expect(plain.map((issue) => issue.params.position)).toContain(1);
  });
});
