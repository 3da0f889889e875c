import { Buffer } from "node:buffer";
import { describe, expect, it } from "vitest";
import { type LineSink, LineSplitter } from "./line-splitter.js";

type Event = [string, number, string?, boolean?];

function lines(chunks: readonly (string | Buffer)[], max = 1 << 20): Event[] {
  const events: Event[] = [];
  const sink: LineSink = {
    line: (bytes, start, end, n, _utf8, terminated) =>
      events.push(["line", n, bytes.toString("latin1", start, end), terminated]),
    tooLong: (n) => events.push(["tooLong", n]),
  };
  const splitter = new LineSplitter(max);
  for (const chunk of chunks)
    splitter.push(typeof chunk === "string" ? Buffer.from(chunk, "latin1") : chunk, sink);
  splitter.end(sink);
  return events;
}

describe("LineSplitter", () => {
  it("splits on newlines, keeps carriage returns for the reader, and numbers lines", () => {
    expect(lines(["a\r\nb\n\nc"])).toEqual([
      ["line", 1, "a\r", true],
      ["line", 2, "b", true],
      ["line", 3, "", true],
      ["line", 4, "c", false],
    ]);
  });

  it("joins lines cut across chunks, at any cut", () => {
    const text = '{"a":1}\n{"b":2}\n{"c":3}\n';
    const whole = lines([text]);
    for (let cut = 1; cut < text.length; cut++) {
      expect(lines([text.slice(0, cut), text.slice(cut)])).toEqual(whole);
    }
    expect(lines([...text])).toEqual(whole);
  });

  it("drops a line over the limit as it streams in, reporting it once with its number", () => {
    const events = lines(["ok\n", "x".repeat(40), "x".repeat(40), "x".repeat(40), "\nnext\n"], 64);
    expect(events).toEqual([
      ["line", 1, "ok", true],
      ["tooLong", 2],
      ["line", 3, "next", true],
    ]);
    expect(lines([`${"y".repeat(100)}\nz`], 64)).toEqual([
      ["tooLong", 1],
      ["line", 2, "z", false],
    ]);
  });

  it("says whether bytes are known to be UTF-8", () => {
    const seen: boolean[] = [];
    const splitter = new LineSplitter(1024);
    const sink: LineSink = { line: (_b, _s, _e, _n, utf8) => seen.push(utf8), tooLong: () => undefined };
    splitter.push(Buffer.from("first\nsecond\nthird\n"), sink);
    splitter.push(Buffer.from([0x61, 0x0a, 0x62, 0xff, 0x0a, 0x63, 0x0a, 0x64, 0x0a]), sink);
    // Lines inside a chunk are covered by one check per chunk; the chunk with 0xFF fails it, so its lines
    // are left to be checked one by one.
    expect(seen).toEqual([false, true, true, false, false, false, false]);
  });
});
