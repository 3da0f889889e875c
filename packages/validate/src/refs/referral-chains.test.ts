import { mkdtempSync, readdirSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { ReferralChains } from "./referral-chains.js";
import { SpillDir } from "./spill-dir.js";

/** Keys of a victim and two agencies: small integers stand for ids. */
function keys(victim: number, from: number, to: number): Uint32Array {
  return Uint32Array.of(victim, 0, 0, 0, from, 0, 0, 1, to, 0, 0, 1);
}

describe("ReferralChains", () => {
  it("accepts a path A -> B -> C", () => {
    const chains = new ReferralChains();
    chains.add(keys(1, 1, 2), 0, 0, 1);
    chains.add(keys(1, 2, 3), 0, 1, 2);
    expect([...chains.cycles()]).toEqual([]);
  });

  it("flags the referral that sends the person back: A -> B then B -> A", () => {
    const chains = new ReferralChains();
    chains.add(keys(1, 1, 2), 0, 0, 1);
    chains.add(keys(2, 2, 1), 0, 1, 2);
    chains.add(keys(1, 2, 1), 0, 2, 3);
    expect([...chains.cycles()]).toEqual([{ recordIndex: 2, line: 3 }]);
  });

  it("flags a longer circle and a referral to the same agency", () => {
    const chains = new ReferralChains();
    chains.add(keys(7, 1, 2), 0, 0, 0);
    chains.add(keys(7, 2, 3), 0, 1, 0);
    chains.add(keys(7, 3, 1), 0, 2, 0);
    chains.add(keys(8, 4, 4), 0, 3, 0);
    expect([...chains.cycles()].map((cycle) => cycle.recordIndex)).toEqual([2, 3]);
  });

  it("keeps victims apart", () => {
    const chains = new ReferralChains();
    chains.add(keys(1, 1, 2), 0, 0, 0);
    chains.add(keys(2, 2, 1), 0, 1, 0);
    expect([...chains.cycles()]).toEqual([]);
  });
});

describe("ReferralChains past its memory share", () => {
  it("finds the same circles when the referrals spill to disk in many runs", () => {
    const parent = mkdtempSync(join(tmpdir(), "chains-test-"));
    const spill = new SpillDir(parent);
    const inMemory = new ReferralChains();
    const spilled = new ReferralChains({ memoryBytes: 200, spill });
    // 50 victims, each referred round a few of 6 agencies: some paths close a circle, some do not.
    for (let i = 0; i < 600; i++) {
      const step = keys(i % 50, (i * 7) % 6, (i * 11 + (i % 4)) % 6);
      inMemory.add(step, 0, i, i + 1);
      spilled.add(step, 0, i, i + 1);
    }
    const expected = [...inMemory.cycles()];
    expect(expected.length).toBeGreaterThan(10);
    expect([...spilled.cycles()]).toEqual(expected);
    expect(spill.filesCreated).toBeGreaterThan(10);
    spill.remove();
    expect(readdirSync(parent)).toEqual([]);
    rmSync(parent, { recursive: true });
  });
});
