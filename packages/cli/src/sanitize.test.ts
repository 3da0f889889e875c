import { describe, expect, it } from "vitest";
import { safeLine } from "./sanitize.js";

describe("safeLine", () => {
  it("drops escape sequences whole and turns other controls into spaces", () => {
    expect(safeLine("a\u001b[31;1mred\u001b[0m b")).toBe("ared b");
    expect(safeLine("x\u001b]8;;https://evil.example\u0007link\u001b]8;;\u0007y")).toBe("xlinky");
    expect(safeLine("x\u001b]0;title\u001b\\y")).toBe("xy");
    expect(safeLine("one\ntwo\rthree\ttab\u0000nul\u007f")).toBe("one two three tab nul ");
    expect(safeLine("c1\u009b31mcsi\u0085")).toBe("c1 31mcsi ");
  });

  it("removes the bidirectional controls that reorder a line", () => {
    for (const mark of [
      "\u202a",
      "\u202b",
      "\u202c",
      "\u202d",
      "\u202e",
      "\u2066",
      "\u2067",
      "\u2068",
      "\u2069",
      "\u200e",
      "\u200f",
      "\u061c",
    ])
      expect(safeLine(`a${mark}b`)).toBe("a b");
  });

  it("leaves ordinary text of every language alone", () => {
    const text = "Registros leídos: 3; écartés : 1 — «Proceso penal» “x” 日本";
    expect(safeLine(text)).toBe(text);
  });
});
