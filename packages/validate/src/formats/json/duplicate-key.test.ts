import { Buffer } from "node:buffer";
import { toPointer } from "@tip/schema";
import { describe, expect, it } from "vitest";
import { findDuplicateKey } from "./duplicate-key.js";
import { countKeyEnds, countParsedKeys } from "./key-count.js";
import { memberAt } from "./pointer-at.js";

const scan = (text: string) => {
  const bytes = Buffer.from(text);
  const found = findDuplicateKey(bytes, 0, bytes.length);
  return found && { key: found.key, pointer: toPointer(memberAt(bytes, 0, found.offset).segments) };
};
const positions = (text: string) => {
  const bytes = Buffer.from(text);
  const found = findDuplicateKey(bytes, 0, bytes.length);
  return found && memberAt(bytes, 0, found.offset).positions;
};

describe("findDuplicateKey", () => {
  it("finds a key written twice at the top level", () => {
    expect(scan('{"sex":"female","age":3,"sex":"male"}')).toEqual({ key: "sex", pointer: "/sex" });
  });

  it("finds one in a nested object and in an object inside an array, with its pointer", () => {
    expect(scan('{"a":{"b":1,"c":{"d":1,"d":2}}}')).toEqual({ key: "d", pointer: "/a/c/d" });
    expect(scan('{"list":[{"x":1},{"x":1,"y":[1,2],"x":2}]}')).toEqual({ key: "x", pointer: "/list/1/x" });
  });

  it("does not confuse the same key in different objects, or keys with values", () => {
    expect(scan('{"status":"x","identification":{"status":"y"},"list":[{"status":1},{"status":2}]}')).toBe(
      undefined,
    );
    expect(scan('{"a":"a","b":"a","c":["a","a"]}')).toBe(undefined);
  });

  it("forgets an object's keys when it closes, and keeps those of the objects around it", () => {
    expect(scan('{"a":{"b":1,"c":[{"d":1}]},"b":2,"d":3}')).toBe(undefined);
    expect(scan('{"a":1,"o":{"x":[{"a":1}]},"a":2}')).toEqual({ key: "a", pointer: "/a" });
    expect(scan('[{"k":1},{"k":2},{"j":{"k":3},"k":4,"j":5}]')).toEqual({ key: "j", pointer: "/2/j" });
  });

  it("gives each key on the way its place in its object as written, a repeated key counted each time", () => {
    expect(positions('{"sex":"female","age":3,"sex":"male"}')).toEqual([3]);
    expect(positions('{"z":0,"a":{"b":1,"c":{"d":1,"e":0,"d":2}}}')).toEqual([2, 2, 3]);
    expect(positions('{"list":[{"x":1},{"x":1,"y":[1,2],"x":2}]}')).toEqual([1, undefined, 3]);
    expect(positions('{"9":0,"b":1,"1":2,"b":3}')).toEqual([4]);
  });

  it("reads strings with escaped quotes and brackets correctly", () => {
    expect(scan('{"a":"x\\"}{,\\"a\\":","b":1}')).toBe(undefined);
    expect(scan('{"a\\"b":1,"a\\"b":2}')?.key).toBe('a\\"b');
    expect(scan('{"a\\"b":1,"a\\"b":2}')?.pointer).toBe('/a"b');
  });

  it("uses a map past 16 keys, still finding the duplicate", () => {
    const members = Array.from({ length: 100 }, (_, i) => `"k${i}":${i}`);
    expect(scan(`{${members.join(",")}}`)).toBe(undefined);
    expect(scan(`{${members.join(",")},"k42":0}`)).toEqual({ key: "k42", pointer: "/k42" });
  });

  it("escapes pointer segments and survives malformed text", () => {
    expect(scan('{"a/b":{"~":1,"~":2}}')?.pointer).toBe("/a~1b/~0");
    expect(scan('}}]]{"a":1')).toBe(undefined);
    expect(() => scan('{"a":1,"a')).not.toThrow();
    expect(() => scan('"\\')).not.toThrow();
  });

  it("is iterative: 100,000 levels of nesting do not overflow the stack", () => {
    const deep = `${'{"a":'.repeat(100_000)}1${"}".repeat(100_000)}`;
    expect(scan(deep)).toBe(undefined);
  });
});

describe("countKeyEnds", () => {
  it("counts one per key of compact JSON, and more when a string value starts with a colon", () => {
    expect(countKeyEnds('{"a":1,"b":{"c":"x"},"d":[{"e":null}]}')).toBe(5);
    expect(countKeyEnds('{"a":":x"}')).toBe(2);
  });

  it("gives up on a colon after white space, where a key could hide", () => {
    expect(countKeyEnds('{"a" : 1}')).toBe(-1);
    expect(countKeyEnds('{"a":"x : y"}')).toBe(-1);
    expect(countKeyEnds('{"a": 1, "b": "10:30"}')).toBe(2);
  });
});

describe("countParsedKeys", () => {
  it("counts the keys of every object, in arrays too, and none for other values", () => {
    expect(countParsedKeys(JSON.parse('{"a":1,"b":{"c":"x"},"d":[{"e":null},[{"f":1}]]}'))).toBe(6);
    expect(countParsedKeys(JSON.parse('{"__proto__":{"x":1}}'))).toBe(2);
    expect(countParsedKeys("text")).toBe(0);
    expect(countParsedKeys(null)).toBe(0);
  });

  it("finds fewer keys than the text shows when a key is written twice", () => {
    const text = '{"a":1,"a":2,"o":{"b":1,"c":[{"b":0}],"b":2}}';
    expect(countKeyEnds(text)).toBe(7);
    expect(countParsedKeys(JSON.parse(text))).toBe(5);
  });

  it("is iterative: 100,000 levels of nesting do not overflow the stack", () => {
    let deep: unknown = 1;
    for (let level = 0; level < 100_000; level++) deep = level % 2 === 0 ? { a: deep } : [deep];
    expect(countParsedKeys(deep)).toBe(50_000);
  });
});
