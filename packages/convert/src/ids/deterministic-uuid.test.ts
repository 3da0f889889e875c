import { createHash } from "node:crypto";
import fc from "fast-check";
import { v5 } from "uuid";
import { describe, expect, it } from "vitest";
import { CTDC_ID_NAMESPACE, uuidV5 } from "./deterministic-uuid.js";

describe("uuidV5", () => {
  it("matches the RFC 9562 / Python uuid.uuid5 value for the DNS namespace and python.org", () => {
    // Python: uuid.uuid5(uuid.NAMESPACE_DNS, "python.org") == 886313e1-3b8a-5372-9b90-0c9aee199e5d
    expect(uuidV5("6ba7b810-9dad-11d1-80b4-00c04fd430c8", "python.org")).toBe(
      "886313e1-3b8a-5372-9b90-0c9aee199e5d",
    );
  });

  it("is deterministic and separates names", () => {
    expect(uuidV5(CTDC_ID_NAMESPACE, "ctdc:1")).toBe(uuidV5(CTDC_ID_NAMESPACE, "ctdc:1"));
    expect(uuidV5(CTDC_ID_NAMESPACE, "ctdc:1")).not.toBe(uuidV5(CTDC_ID_NAMESPACE, "ctdc:2"));
    expect(uuidV5(CTDC_ID_NAMESPACE, "x")).toMatch(
      /^[0-9a-f]{8}-[0-9a-f]{4}-5[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/,
    );
  });

  it("matches a version-5 UUID made with node:crypto for names of any length and script", () => {
    const namespace = "6ba7b811-9dad-11d1-80b4-00c04fd430c8";
    fc.assert(
      fc.property(fc.string({ unit: "grapheme", maxLength: 200 }), (name) => {
        const hash = createHash("sha1")
          .update(Buffer.from(namespace.replaceAll("-", ""), "hex"))
          .update(name, "utf8")
          .digest();
        hash[6] = ((hash[6] as number) & 0x0f) | 0x50;
        hash[8] = ((hash[8] as number) & 0x3f) | 0x80;
        const hex = hash.subarray(0, 16).toString("hex");
        const expected = `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
        expect(uuidV5(namespace, name)).toBe(expected);
      }),
      { numRuns: 300 },
    );
  });

  it("matches it for a name of a lone surrogate too, as UTF-8 writes it (U+FFFD)", () => {
    const namespace = "6ba7b811-9dad-11d1-80b4-00c04fd430c8";
    const hash = createHash("sha1")
      .update(Buffer.from(namespace.replaceAll("-", ""), "hex"))
      .update("a\uFFFDb", "utf8")
      .digest();
    expect(uuidV5(namespace, "a\uD800b").slice(0, 8)).toBe(hash.subarray(0, 4).toString("hex"));
  });

  it("gives the ids of the uuid package's own v5", () => {
    for (const name of ["ctdc:1", "", "Zoë/ñ", "x".repeat(400)])
      expect(uuidV5(CTDC_ID_NAMESPACE, name)).toBe(v5(name, CTDC_ID_NAMESPACE));
  });
});
