import { Buffer } from "node:buffer";
import { describe, expect, it } from "vitest";
import { type JsonSink, JsonSplitter } from "./json-splitter.js";

type Event = (string | number | boolean | undefined)[];

/** Runs the splitter over `text` cut into chunks of `size` bytes and records what it reports. */
function split(text: string, size = Number.POSITIVE_INFINITY, maxBytes = 1 << 20): Event[] {
  const events: Event[] = [];
  const sink: JsonSink = {
    shape: (kind) => events.push(["shape", kind]),
    element: (bytes, start, end, index, line) =>
      events.push(["element", index, line, bytes.toString("utf8", start, end)]),
    elementTooLarge: (index, line) => events.push(["tooLarge", index, line]),
    object: (bytes, line, streamed) => events.push(["object", line, streamed, bytes?.toString("utf8")]),
    notJson: (_byte, line, after) => events.push(["notJson", line, after]),
    truncated: (line, index) => events.push(["truncated", line, index]),
    empty: () => events.push(["empty"]),
  };
  const splitter = new JsonSplitter(maxBytes);
  const bytes = Buffer.from(text);
  const step = Math.min(size, bytes.length || 1);
  for (let at = 0; at < bytes.length; at += step) splitter.push(bytes.subarray(at, at + step), sink);
  splitter.end(sink);
  return events;
}

const bundle = '{"recordType":"bundle","records":[{"id":"a","t":"]}"},\n{"id":"b"}],"tlp":"clear"}';

describe("JsonSplitter", () => {
  it("cuts the elements of a top-level array, scalars included", () => {
    expect(split('[{"a":[1,{"b":"}"}]},\n 2, "x,]" ,null]')).toEqual([
      ["shape", "array"],
      ["element", 0, 1, '{"a":[1,{"b":"}"}]}'],
      ["element", 1, 2, "2"],
      ["element", 2, 2, '"x,]"'],
      ["element", 3, 2, "null"],
    ]);
  });

  it("streams a bundle's records and keeps its header with an empty records array", () => {
    expect(split(bundle)).toEqual([
      ["shape", "object"],
      ["element", 0, 1, '{"id":"a","t":"]}"}'],
      ["element", 1, 2, '{"id":"b"}'],
      ["object", 1, true, '{"recordType":"bundle","records":[],"tlp":"clear"}'],
    ]);
  });

  it("gives the same result whatever the chunk size", () => {
    const whole = split(bundle);
    for (const size of [1, 2, 3, 7, 16]) expect(split(bundle, size)).toEqual(whole);
    const array = '[{"a":"\\"]"},{"b":[[]]}]';
    for (const size of [1, 2, 5]) expect(split(array, size)).toEqual(split(array));
  });

  it("hands a lone record over whole", () => {
    expect(split('{"recordType":"victim","caseIds":["x"]}')).toEqual([
      ["shape", "object"],
      ["object", 1, false, '{"recordType":"victim","caseIds":["x"]}'],
    ]);
  });

  it("skips an element over the limit without keeping it, and goes on", () => {
    const big = `[{"a":"${"x".repeat(100)}"},{"b":1}]`;
    expect(split(big, 8, 50)).toEqual([
      ["shape", "array"],
      ["tooLarge", 0, 1],
      ["element", 1, 1, '{"b":1}'],
    ]);
  });

  it("reports text that is not a JSON document, or a second document after the first", () => {
    expect(split("recordType,id\nvictim,1\n")).toEqual([["notJson", 1, false]]);
    expect(split('{"a":1}\n{"a":2}\n')).toEqual([
      ["shape", "object"],
      ["object", 1, false, '{"a":1}'],
      ["notJson", 2, true],
    ]);
  });

  it("reports a document cut short, and the element it cut", () => {
    expect(split('[{"a":1},{"b":')).toEqual([
      ["shape", "array"],
      ["element", 0, 1, '{"a":1}'],
      ["truncated", 1, 1],
    ]);
    expect(split('{"records":[],"tlp":')).toEqual([
      ["shape", "object"],
      ["truncated", 1, undefined],
    ]);
  });

  it("reports an input of white space only as empty", () => {
    expect(split(" \n\t ")).toEqual([["empty"]]);
  });

  it("counts depth without a stack: 10,000 levels inside an element", () => {
    const deep = `[${"[".repeat(10_000)}${"]".repeat(10_000)}]`;
    const events = split(deep);
    expect(events).toHaveLength(2);
    expect(events[1]?.[0]).toBe("element");
  });
});
