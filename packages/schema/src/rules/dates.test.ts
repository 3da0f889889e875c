import { describe, expect, it } from "vitest";
import { checkDatePair, compareDates, DateOrder, datesOutOfOrder } from "./dates.js";
import type { RuleFinding } from "./define-rule.js";

describe("compareDates", () => {
  it("compares on the precision both dates share", () => {
    expect(compareDates("2021-03", "2021-03-14")).toBe(0);
    expect(compareDates("2021", "2020-12-31")).toBe(1);
    expect(compareDates("2021-02-28", "2021-03")).toBe(-1);
    expect(compareDates("2021-03-14", "2021-03-14")).toBe(0);
  });

  it("reads timestamps by their date", () => {
    expect(compareDates("2023-09-12T09:30:00-04:00", "2023-09-12")).toBe(0);
    expect(compareDates("2023-09-13T00:00:00Z", "2023-09-12T23:00:00Z")).toBe(1);
  });
});

describe("DateOrder", () => {
  it("skips missing dates and reports each step earlier than the latest before it", () => {
    const found: RuleFinding[] = [];
    new DateOrder()
      .start()
      .step(found, "a", "2020-05", ["a"])
      .step(found, "b", undefined, ["b"])
      .step(found, "c", "2020-03", ["c"])
      .step(found, "d", "2020-04", ["d"])
      .step(found, "e", "2020-06", ["e"]);
    expect(found).toEqual([
      { path: ["c"], params: { field: "c", earlierField: "a" } },
      { path: ["d"], params: { field: "d", earlierField: "a" } },
    ]);
  });

  it("forgets the previous chain on start", () => {
    const order = new DateOrder();
    order.start().next("a", "2020-05");
    expect(order.start().next("b", "2020-01")).toBeUndefined();
    expect(order.next("c", "2019-12")).toBe("b");
  });
});

describe("checkDatePair", () => {
  it("reports the later step when it comes first, and nothing when a date is missing", () => {
    const found: RuleFinding[] = [];
    checkDatePair(found, "a", "2020-05", "b", "2020-03", ["b"]);
    checkDatePair(found, "a", "2020-05", "b", "2020-05-31", ["b"]);
    checkDatePair(found, "a", undefined, "b", "2020-03", ["b"]);
    checkDatePair(found, "a", "2020-05", "b", undefined, ["b"]);
    expect(found).toEqual([{ path: ["b"], params: { field: "b", earlierField: "a" } }]);
    expect(datesOutOfOrder("2021", "2020-12-31")).toBe(true);
    expect(datesOutOfOrder("2020", "2020-12-31")).toBe(false);
  });
});
