import { describe, expect, it } from "vitest";
import { MemoryReplayStore } from "./replay-store.js";

const ID = "0b6f5c1e-8a2d-4e3f-9c7b-1d2e3f4a5b6c";

describe("MemoryReplayStore", () => {
  it("says a message id is new once, in any letter case, until it expires", () => {
    const store = new MemoryReplayStore();
    expect(store.remember(ID, 2000, 1000)).toBe(true);
    expect(store.remember(ID.toUpperCase(), 2000, 1500)).toBe(false);
    expect(store.remember(ID, 2000, 1999)).toBe(false);
    expect(store.remember(ID, 3000, 2000)).toBe(true);
  });

  it("forgets expired ids as new ones come, so memory follows the open window only", () => {
    const store = new MemoryReplayStore();
    for (let n = 0; n < 5000; n++) store.remember(`id-${n}`, n + 10, n);
    expect(store.size).toBeLessThan(1100);
  });
});
