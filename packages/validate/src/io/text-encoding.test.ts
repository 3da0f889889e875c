import { describe, expect, it } from "vitest";
import { encodingOf, sniffEncoding } from "./text-encoding.js";

describe("text encodings", () => {
  it("knows the names of the encodings, in any case", () => {
    expect(encodingOf("UTF8")).toBe("utf-8");
    expect(encodingOf("Windows-1252")).toBe("windows-1252");
    expect(encodingOf("latin1")).toBe("windows-1252");
    expect(encodingOf("ISO-8859-1")).toBe("windows-1252");
    expect(encodingOf("ebcdic")).toBeUndefined();
    expect(encodingOf("constructor")).toBeUndefined();
  });

  it("does not take text with a NUL byte or two for UTF-16", () => {
    expect(sniffEncoding(new TextEncoder().encode("id,name\n1,a\u0000b\n")).encoding).toBe("utf-8");
    expect(sniffEncoding(new Uint8Array([0x61])).encoding).toBe("utf-8");
    expect(sniffEncoding(new Uint8Array(0)).encoding).toBe("utf-8");
  });
});
