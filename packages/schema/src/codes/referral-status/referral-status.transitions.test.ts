import { describe, expect, it } from "vitest";
import { referralStatus } from "./referral-status.codes.js";
import {
  isAllowedTransition,
  isReachableHistory,
  REFERRAL_TRANSITIONS,
} from "./referral-status.transitions.js";

/** Every status, written here independently of the code list. */
const STATUSES = [
  "draft",
  "sent",
  "received",
  "accepted",
  "declined",
  "in_progress",
  "on_hold",
  "completed",
  "withdrawn",
  "failed",
  "entered_in_error",
] as const;

/**
 * The allowed moves, written here independently of REFERRAL_TRANSITIONS (compare the FHIR Task state
 * machine): every pair of statuses not listed is a disallowed move.
 */
const ALLOWED = new Set([
  "draft>sent",
  "draft>withdrawn",
  "draft>entered_in_error",
  "sent>received",
  "sent>declined",
  "sent>withdrawn",
  "sent>failed",
  "sent>entered_in_error",
  "received>accepted",
  "received>declined",
  "received>withdrawn",
  "received>entered_in_error",
  "accepted>in_progress",
  "accepted>completed",
  "accepted>on_hold",
  "accepted>withdrawn",
  "accepted>failed",
  "accepted>entered_in_error",
  "in_progress>completed",
  "in_progress>on_hold",
  "in_progress>withdrawn",
  "in_progress>failed",
  "in_progress>entered_in_error",
  "on_hold>in_progress",
  "on_hold>withdrawn",
  "on_hold>failed",
  "on_hold>entered_in_error",
  "declined>entered_in_error",
  "completed>entered_in_error",
  "withdrawn>entered_in_error",
  "failed>entered_in_error",
]);

const PAIRS = STATUSES.flatMap((from) => STATUSES.map((to) => [from, to] as const));

describe("REFERRAL_TRANSITIONS", () => {
  it("covers exactly the statuses of the code list", () => {
    expect(Object.keys(REFERRAL_TRANSITIONS).sort()).toEqual([...referralStatus.codes].sort());
    expect([...referralStatus.codes].sort()).toEqual([...STATUSES].sort());
  });

  it("only points at known statuses", () => {
    for (const targets of Object.values(REFERRAL_TRANSITIONS)) {
      for (const target of targets) expect(referralStatus.has(target)).toBe(true);
    }
  });

  it("ends with entered_in_error, which nothing follows", () => {
    expect(REFERRAL_TRANSITIONS.entered_in_error).toEqual([]);
  });
});

describe("isAllowedTransition: the whole matrix", () => {
  it(`has ${STATUSES.length * STATUSES.length} pairs, ${ALLOWED.size} of them allowed`, () => {
    expect(PAIRS.filter(([from, to]) => isAllowedTransition(from, to)).length).toBe(ALLOWED.size);
  });

  it.each(PAIRS)("%s -> %s", (from, to) => {
    expect(isAllowedTransition(from, to)).toBe(ALLOWED.has(`${from}>${to}`));
  });

  it("rejects unknown statuses and other spellings", () => {
    expect(isAllowedTransition("draft", "archived")).toBe(false);
    expect(isAllowedTransition("pending", "sent")).toBe(false);
    expect(isAllowedTransition("Draft", "Sent")).toBe(false);
    expect(isAllowedTransition("on-hold", "in_progress")).toBe(false);
    expect(isAllowedTransition("__proto__", "sent")).toBe(false);
    expect(isAllowedTransition("draft", "constructor")).toBe(false);
  });
});

describe("isReachableHistory", () => {
  it("accepts the full happy path and real detours", () => {
    expect(isReachableHistory(["draft", "sent", "received", "accepted", "in_progress", "completed"])).toBe(
      -1,
    );
    expect(
      isReachableHistory(["draft", "sent", "received", "accepted", "in_progress", "on_hold", "in_progress"]),
    ).toBe(-1);
    expect(isReachableHistory(["draft", "sent", "declined"])).toBe(-1);
    expect(isReachableHistory(["draft", "sent", "received", "withdrawn"])).toBe(-1);
    expect(isReachableHistory(["draft", "sent", "failed", "entered_in_error"])).toBe(-1);
  });

  it("accepts short valid histories", () => {
    expect(isReachableHistory([])).toBe(-1);
    expect(isReachableHistory(["draft"])).toBe(-1);
    expect(isReachableHistory(["draft", "withdrawn"])).toBe(-1);
  });

  it("points at a skipped step", () => {
    expect(isReachableHistory(["draft", "sent", "accepted"])).toBe(2);
  });

  it("points at a step out of an end status", () => {
    expect(isReachableHistory(["draft", "sent", "received", "declined", "accepted"])).toBe(4);
    expect(isReachableHistory(["draft", "withdrawn", "sent"])).toBe(2);
    expect(isReachableHistory(["draft", "entered_in_error", "draft"])).toBe(2);
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
