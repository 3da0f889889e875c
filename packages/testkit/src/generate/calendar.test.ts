import { describe, expect, it } from "vitest";
import { dateOf, dayOf, timestampOf } from "./calendar.js";

describe("calendar", () => {
  it("round-trips every day from 1900 to 2100, leap days included", () => {
    for (let day = dayOf("1900-01-01"); day <= dayOf("2100-12-31"); day++) {
      expect(dateOf(day)).toBe(new Date(day * 86_400_000).toISOString().slice(0, 10));
    }
    expect(dateOf(dayOf("2024-02-29"))).toBe("2024-02-29");
  });

  it("writes UTC timestamps, rolling minutes over into the next day", () => {
    expect(timestampOf(dayOf("2023-12-31"), 23 * 60 + 59)).toBe("2023-12-31T23:59:00Z");
    expect(timestampOf(dayOf("2023-12-31"), 24 * 60 + 5)).toBe("2024-01-01T00:05:00Z");
  });
});
