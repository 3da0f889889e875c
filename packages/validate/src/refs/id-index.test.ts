import { randomUUID } from "node:crypto";
import { describe, expect, it } from "vitest";
import { ID_INDEX_SLOT_BYTES, IdIndex } from "./id-index.js";
import { packUuid } from "./uuid-key.js";

const key = (uuid: string) => {
  const out = new Uint32Array(4);
  packUuid(uuid, out);
  return out;
};

describe("IdIndex", () => {
  it("adds new ids and finds them with their tag and location", () => {
    const index = new IdIndex(4);
    const a = key(randomUUID());
    const b = key(randomUUID());
    expect(index.add(a, 0, 2, 10)).toBe(-1);
    expect(index.add(b, 0, 3, 20)).toBe(-1);
    const slot = index.find(a, 0);
    expect(index.tagAt(slot)).toBe(2);
    expect(index.whereAt(slot)).toBe(10);
    expect(index.find(key(randomUUID()), 0)).toBe(-1);
    expect(index.size).toBe(2);
  });

  it("returns the slot of the first entry when an id comes again, keeping the first tag and location", () => {
    const index = new IdIndex();
    const a = key(randomUUID());
    index.add(a, 0, 1, 7);
    const slot = index.add(a, 0, 5, 99);
    expect(slot).toBeGreaterThanOrEqual(0);
    expect(index.tagAt(slot)).toBe(1);
    expect(index.whereAt(slot)).toBe(7);
    expect(index.size).toBe(1);
  });

  it("keeps every id through growth, including ids differing in one number only (UUIDv7-like)", () => {
    const index = new IdIndex(16);
    const ids: Uint32Array[] = [];
    for (let i = 0; i < 50_000; i++) ids.push(Uint32Array.of(0x01890000, 0x7000 + (i >>> 16), 0x80000000, i));
    const added = ids.filter((id, i) => index.add(id, 0, 1, i) === -1).length;
    const found = ids.filter((id, i) => index.whereAt(index.find(id, 0)) === i).length;
    expect([added, found, index.size]).toEqual([50_000, 50_000, 50_000]);
  });

  it("holds a million ids in about 21 bytes per slot, under 45 MB (the README figure)", () => {
    const index = new IdIndex();
    const id = new Uint32Array(4);
    for (let i = 0; i < 1_000_000; i++) {
      packUuid(randomUUID(), id);
      index.add(id, 0, 2, i);
    }
    expect(index.size).toBe(1_000_000);
    expect(ID_INDEX_SLOT_BYTES).toBe(21);
    // 2^21 slots at a load of 48%: 44,040,192 bytes, i.e. 44 bytes per id right after a growth, 31 just before.
    expect(index.byteLength).toBe(2 ** 21 * ID_INDEX_SLOT_BYTES);
    expect(index.byteLength / 1_000_000).toBeLessThan(45);
  });
});
