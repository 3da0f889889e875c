import { describe, expect, it } from "vitest";
import { ReferralChains } from "./referral-chains.js";

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
