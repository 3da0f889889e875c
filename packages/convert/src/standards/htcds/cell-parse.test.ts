import { describe, expect, it } from "vitest";
import { parseBoolean, parseDate, parseNumber } from "./cell-parse.js";
import { dateOfSerial } from "./excel-date.js";

describe("Excel serial dates", () => {
  it("count days from 1900 as Excel does, skipping its fictitious 1900-02-29", () => {
    expect(dateOfSerial(1)).toBe("1900-01-01");
    expect(dateOfSerial(59)).toBe("1900-02-28");
    expect(dateOfSerial(60)).toBeUndefined();
    expect(dateOfSerial(61)).toBe("1900-03-01");
    expect(dateOfSerial(44197)).toBe("2021-01-01");
    expect(dateOfSerial(44197.75)).toBe("2021-01-01");
    expect(dateOfSerial(0)).toBeUndefined();
  });

  it("count from 1904 in 1904-system workbooks", () => {
    expect(dateOfSerial(42735, true)).toBe("2021-01-01");
  });
});

describe("cell parsers", () => {
  it("read dates from date cells, serial numbers and ISO text, never day/month text", () => {
    expect(parseDate(new Date("2021-03-04T00:00:00Z"), false, false)).toEqual({
      ok: true,
      value: "2021-03-04",
    });
    expect(parseDate(44197, false, false)).toEqual({ ok: true, value: "2021-01-01", serial: true });
    expect(parseDate("44197", false, false)).toEqual({ ok: true, value: "2021-01-01", serial: true });
    expect(parseDate("2021-03-04T10:00:00Z", false, false)).toEqual({ ok: true, value: "2021-03-04" });
    expect(parseDate("04/03/2021", false, false).ok).toBe(false);
    expect(parseDate("2021", true, false)).toEqual({ ok: true, value: "2021" });
    expect(parseDate("2021-03", true, false)).toEqual({ ok: true, value: "2021-03" });
    expect(parseDate("2021", false, false).ok).toBe(false);
  });

  it("read numbers and refuse ambiguous decimal commas", () => {
    expect(parseNumber("-12.5", false)).toEqual({ ok: true, value: -12.5 });
    expect(parseNumber(7, true)).toEqual({ ok: true, value: 7 });
    expect(parseNumber("7.5", true).ok).toBe(false);
    expect(parseNumber("1,5", false).ok).toBe(false);
  });

  it("read checkboxes", () => {
    expect(parseBoolean("TRUE")).toEqual({ ok: true, value: true });
    expect(parseBoolean("no")).toEqual({ ok: true, value: false });
    expect(parseBoolean(1)).toEqual({ ok: true, value: true });
    expect(parseBoolean("maybe").ok).toBe(false);
  });
});
