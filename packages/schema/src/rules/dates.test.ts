import { describe, expect, it } from "vitest";
import { compareDates, outOfOrder } from "./dates.js";

describe("compareDates", () => {
  it("compares on the precision both dates share", () => {
    expect(compareDates("2021-03", "2021-03-14")).toBe(0);
    expect(compareDates("2021", "2020-12-31")).toBe(1);
    expect(compareDates("2021-02-28", "2021-03")).toBe(-1);
  });

  it("reads timestamps by their date", () => {
    expect(compareDates("2023-09-12T09:30:00-04:00", "2023-09-12")).toBe(0);
  });
});

describe("outOfOrder", () => {
  it("skips missing dates and reports each step earlier than the latest before it", () => {
    const found = [
      ...outOfOrder([
        { field: "a", path: ["a"], date: "2020-05" },
        { field: "b", path: ["b"], date: undefined },
        { field: "c", path: ["c"], date: "2020-03" },
        { field: "d", path: ["d"], date: "2020-04" },
      ]),
    ];
    expect(found).toEqual([
      { path: ["c"], params: { field: "c", earlierField: "a" } },
      { path: ["d"], params: { field: "d", earlierField: "a" } },
    ]);
  });
});
