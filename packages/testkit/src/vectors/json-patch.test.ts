import { describe, expect, it } from "vitest";
import { applyPatch } from "./json-patch.js";

describe("applyPatch", () => {
  const document = { a: { "b/c": [1, 2, 3] }, d: "x" };

  it("adds, replaces, removes and moves without touching the original", () => {
    const patched = applyPatch(document, [
      { op: "add", path: "/a/b~1c/-", value: 4 },
      { op: "add", path: "/a/b~1c/0", value: 0 },
      { op: "replace", path: "/d", value: "y" },
      { op: "remove", path: "/a/b~1c/1" },
      { op: "move", from: "/d", path: "/e" },
    ]);
    expect(patched).toEqual({ a: { "b/c": [0, 2, 3, 4] }, e: "y" });
    expect(document).toEqual({ a: { "b/c": [1, 2, 3] }, d: "x" });
  });

  it("throws on a path that does not exist, so a stale vector fails loudly", () => {
    expect(() => applyPatch(document, [{ op: "remove", path: "/nope" }])).toThrow();
    expect(() => applyPatch(document, [{ op: "add", path: "/x/y", value: 1 }])).toThrow();
  });

  it("moves a replaced key last, as the vectors number keys by place", () => {
    const patched = applyPatch({ a: 1, b: 2 }, [{ op: "replace", path: "/a", value: 3 }]);
    expect(Object.keys(patched)).toEqual(["b", "a"]);
  });

  it("refuses to write through __proto__ and leaves Object.prototype alone", () => {
    expect(() => applyPatch({ a: 1 }, [{ op: "add", path: "/__proto__/polluted", value: 1 }])).toThrow();
    expect(Object.hasOwn(Object.prototype, "polluted")).toBe(false);
  });
});
