import { EXAMPLES } from "@tip/schema";
import { afterEach, describe, expect, it } from "vitest";
import { deepJson, expectPrototypeUntouched } from "../../testing/hostile.js";
import { readTipNdjsonStream } from "./read-tip-ndjson.js";
import { writeTipNdjson } from "./write-tip-ndjson.js";

afterEach(() => {
  expectPrototypeUntouched();
});

const victim = JSON.stringify(EXAMPLES.victim);
const withExtension = (json: string) => victim.replace(/^\{/, `{"extensions":{"lc":{"x":${json}}},`);

describe("canonical NDJSON reader, hostile input", () => {
  it("skips a 10,000-deep record as one row and converts the others; writing never overflows", async () => {
    const text = [victim, withExtension(deepJson(10_000)), victim, ""].join("\n");
    const stream = readTipNdjsonStream(text);
    let out = "";
    for await (const line of writeTipNdjson(stream)) out += line;
    expect(out.trim().split("\n")).toHaveLength(2);
    expect(stream.report().rows).toEqual({ total: 3, converted: 2, invalid: 0, skipped: 1 });
    expect(stream.report().skipped).toEqual([{ row: 2, reason: "nesting_too_deep" }]);
  });

  it("skips records with __proto__, constructor or prototype keys at any depth", async () => {
    const lines = [
      victim.replace(/^\{/, '{"__proto__":{"sex":"female"},'),
      withExtension('{"__proto__":{"polluted":1}}'),
      withExtension('{"a":{"constructor":{"prototype":{"polluted":1}}}}'),
      victim.replace('"identification":{', '"identification":{"prototype":1,'),
      victim,
    ];
    const stream = readTipNdjsonStream(lines.join("\n"));
    const records = [];
    for await (const record of stream) records.push(record);
    expect(records).toHaveLength(1);
    expect(stream.report().skipped.map((entry) => [entry.row, entry.reason])).toEqual([
      [1, "forbidden_key"],
      [2, "forbidden_key"],
      [3, "forbidden_key"],
      [4, "forbidden_key"],
    ]);
  });

  it("replaces unknown keys in the pointers and messages of its issues", async () => {
    const stream = readTipNdjsonStream(
      victim.replace(/^\{/, '{"SECRET_KEY":1,"extensions":{"SECRET_NS":5},'),
    );
    for await (const _ of stream) {
      // drain
    }
    const issues = stream.report().issues;
    // At the objects holding them, each key by its place: SECRET_KEY is the record's first key, SECRET_NS the
    // first namespace.
    expect(issues.map((issue) => [issue.path, issue.params.position]).sort()).toEqual([
      ["", 1],
      ["/extensions", 1],
    ]);
    expect(JSON.stringify(stream.report())).not.toContain("SECRET");
  });

  it("numbers an unknown integer-like key where the line wrote it, not first as JavaScript lists it", async () => {
    // After every key of the example: its place is one more than their number.
    const stream = readTipNdjsonStream(victim.replace(/\}$/, ',"42":1}'));
    for await (const _ of stream) {
      // drain
    }
    const unknown = stream.report().issues.filter((issue) => issue.code === "unknown_field");
    expect(unknown.map((issue) => [issue.path, issue.params.position])).toEqual([
      ["", Object.keys(EXAMPLES.victim).length + 1],
    ]);
  });
});
