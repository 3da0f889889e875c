import { describe, expect, it } from "vitest";
import { referralStatus } from "./referral-status.codes.js";
import {
  isAllowedTransition,
  isReachableHistory,
  REFERRAL_TRANSITIONS,
} from "./referral-status.transitions.js";

describe("REFERRAL_TRANSITIONS", () => {
  it("has an entry for every referral status", () => {
    expect(Object.keys(REFERRAL_TRANSITIONS).sort()).toEqual([...referralStatus.codes].sort());
  });

  it("only points at known statuses", () => {
    for (const targets of Object.values(REFERRAL_TRANSITIONS)) {
      for (const target of targets) expect(referralStatus.has(target)).toBe(true);
    }
  });

  it("makes declined, completed and withdrawn terminal", () => {
    expect(REFERRAL_TRANSITIONS.declined).toEqual([]);
    expect(REFERRAL_TRANSITIONS.completed).toEqual([]);
    expect(REFERRAL_TRANSITIONS.withdrawn).toEqual([]);
  });
});

describe("isAllowedTransition", () => {
  it.each([
    ["draft", "sent"],
    ["draft", "withdrawn"],
    ["sent", "received"],
    ["sent", "withdrawn"],
    ["received", "accepted"],
    ["received", "declined"],
    ["accepted", "in_progress"],
    ["accepted", "completed"],
    ["accepted", "withdrawn"],
    ["in_progress", "completed"],
    ["in_progress", "withdrawn"],
  ])("allows %s -> %s", (from, to) => {
    expect(isAllowedTransition(from, to)).toBe(true);
  });

  it.each([
    ["draft", "received"], // must be sent first
    ["sent", "accepted"], // must be received first
    ["sent", "declined"],
    ["received", "withdrawn"], // the receiver has to decide
    ["received", "in_progress"],
    ["declined", "accepted"], // terminal
    ["completed", "in_progress"], // terminal
    ["withdrawn", "sent"], // terminal
    ["in_progress", "accepted"], // no going back
    ["sent", "draft"],
    ["draft", "draft"], // staying put is not a transition
  ])("rejects %s -> %s", (from, to) => {
    expect(isAllowedTransition(from, to)).toBe(false);
  });

  it("rejects unknown statuses", () => {
    expect(isAllowedTransition("draft", "archived")).toBe(false);
    expect(isAllowedTransition("pending", "sent")).toBe(false);
    expect(isAllowedTransition("Draft", "Sent")).toBe(false);
  });
});

describe("isReachableHistory", () => {
  it("accepts the full happy path", () => {
    expect(isReachableHistory(["draft", "sent", "received", "accepted", "in_progress", "completed"])).toBe(
      -1,
    );
  });

  it("accepts short valid histories", () => {
    expect(isReachableHistory([])).toBe(-1);
    expect(isReachableHistory(["draft"])).toBe(-1);
    expect(isReachableHistory(["draft", "withdrawn"])).toBe(-1);
    expect(isReachableHistory(["draft", "sent", "received", "declined"])).toBe(-1);
    expect(isReachableHistory(["draft", "sent", "received", "accepted", "completed"])).toBe(-1);
  });

  it("points at a skipped step", () => {
    // accepted without being received first: index 2
    expect(isReachableHistory(["draft", "sent", "accepted"])).toBe(2);
  });

  it("points at a step out of a terminal status", () => {
    expect(isReachableHistory(["draft", "sent", "received", "declined", "accepted"])).toBe(4);
    expect(isReachableHistory(["draft", "withdrawn", "sent"])).toBe(2);
  });

  it("requires the history to start at draft", () => {
    expect(isReachableHistory(["sent", "received"])).toBe(0);
  });

  it("points at an unknown status", () => {
    expect(isReachableHistory(["draft", "sent", "lost"])).toBe(2);
    expect(isReachableHistory(["draft", "sent", "received", "lost", "accepted"])).toBe(3);
  });

  it("reports a repeated status", () => {
    expect(isReachableHistory(["draft", "sent", "sent"])).toBe(2);
  });
});
