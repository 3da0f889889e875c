import { createHash } from "node:crypto";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { sha1 } from "./sha1.js";

const hex = (bytes: Uint8Array) => Buffer.from(bytes).toString("hex");

describe("sha1", () => {
  it("matches the FIPS 180 test vectors", () => {
    expect(hex(sha1(new TextEncoder().encode("abc")))).toBe("a9993e364706816aba3e25717850c26c9cd0d89d");
    expect(hex(sha1(new Uint8Array(0)))).toBe("da39a3ee5e6b4b0d3255bfef95601890afd80709");
  });

  it("matches node:crypto on any input, across block boundaries", () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 300 }), (bytes) => {
        expect(hex(sha1(bytes))).toBe(createHash("sha1").update(bytes).digest("hex"));
      }),
      { numRuns: 500 },
    );
  });
});
