import { describe, expect, it } from "vitest";
import { ageBandOf, ageInYears, parseAgeBand } from "./age-band.derive.js";

describe("ageBandOf", () => {
  it("puts each band's bounds inside the band", () => {
    expect(ageBandOf(0)).toBe("0-8");
    expect(ageBandOf(8)).toBe("0-8");
    expect(ageBandOf(9)).toBe("9-17");
    expect(ageBandOf(17)).toBe("9-17");
    expect(ageBandOf(18)).toBe("18-20");
    expect(ageBandOf(20)).toBe("18-20");
    expect(ageBandOf(21)).toBe("21-23");
    expect(ageBandOf(26)).toBe("24-26");
    expect(ageBandOf(27)).toBe("27-29");
    expect(ageBandOf(30)).toBe("30-38");
    expect(ageBandOf(38)).toBe("30-38");
    expect(ageBandOf(39)).toBe("39-47");
    expect(ageBandOf(47)).toBe("39-47");
    expect(ageBandOf(48)).toBe("48+");
    expect(ageBandOf(103)).toBe("48+");
  });

  it("counts completed years", () => {
    expect(ageBandOf(17.99)).toBe("9-17");
    expect(ageBandOf(8.5)).toBe("0-8");
  });

  it("has no band for impossible ages", () => {
    expect(ageBandOf(-1)).toBeUndefined();
    expect(ageBandOf(Number.NaN)).toBeUndefined();
    expect(ageBandOf(Number.POSITIVE_INFINITY)).toBeUndefined();
  });
});

describe("parseAgeBand", () => {
  it("reads the CTDC double-dash spelling", () => {
    expect(parseAgeBand("0--8")).toBe("0-8");
    expect(parseAgeBand("39--47")).toBe("39-47");
  });

  it("reads en dash, em dash and hyphen", () => {
    expect(parseAgeBand("9–17")).toBe("9-17");
    expect(parseAgeBand("9—17")).toBe("9-17");
    expect(parseAgeBand("9-17")).toBe("9-17");
  });

  it("ignores surrounding spaces", () => {
    expect(parseAgeBand(" 18 - 20 ")).toBe("18-20");
    expect(parseAgeBand("\t24 – 26")).toBe("24-26");
    expect(parseAgeBand(" 48+ ")).toBe("48+");
    expect(parseAgeBand("48 +")).toBe("48+");
  });

  it("rejects text that is not one of the bands", () => {
    expect(parseAgeBand("0-9")).toBeUndefined();
    expect(parseAgeBand("18+")).toBeUndefined();
    expect(parseAgeBand("0---8")).toBeUndefined();
    expect(parseAgeBand("-99")).toBeUndefined();
    expect(parseAgeBand("adult")).toBeUndefined();
    expect(parseAgeBand("")).toBeUndefined();
  });
});

describe("ageInYears", () => {
  it("goes up on the birthday, not before", () => {
    expect(ageInYears("1990-06-15", "2024-06-14")).toBe(33);
    expect(ageInYears("1990-06-15", "2024-06-15")).toBe(34);
    expect(ageInYears("1990-06-15", "2024-12-31")).toBe(34);
  });

  it("is zero on the day of birth and in the first year", () => {
    expect(ageInYears("2010-03-01", "2010-03-01")).toBe(0);
    expect(ageInYears("2010-03-01", "2011-02-28")).toBe(0);
    expect(ageInYears("2010-03-01", "2011-03-01")).toBe(1);
  });

  it("gives a 29 February birthday on 1 March in common years", () => {
    expect(ageInYears("2000-02-29", "2001-02-28")).toBe(0);
    expect(ageInYears("2000-02-29", "2001-03-01")).toBe(1);
    expect(ageInYears("2000-02-29", "2004-02-28")).toBe(3);
    expect(ageInYears("2000-02-29", "2004-02-29")).toBe(4);
    // Turning 18: still a child on 28 February 2018, an adult on 1 March 2018.
    expect(ageInYears("2000-02-29", "2018-02-28")).toBe(17);
    expect(ageInYears("2000-02-29", "2018-03-01")).toBe(18);
  });

  it("handles a birthday at the end of a year", () => {
    expect(ageInYears("1999-12-31", "2000-12-30")).toBe(0);
    expect(ageInYears("1999-12-31", "2000-12-31")).toBe(1);
  });

  it("is negative when the date is before birth", () => {
    expect(ageInYears("2000-06-15", "2000-06-14")).toBe(-1);
    expect(ageInYears("2000-06-15", "1998-06-15")).toBe(-2);
  });

  it("returns NaN for dates that are malformed or do not exist", () => {
    expect(ageInYears("2001-02-29", "2020-01-01")).toBeNaN(); // 2001 is not a leap year
    expect(ageInYears("1900-02-29", "2020-01-01")).toBeNaN(); // 1900 is not a leap year
    expect(ageInYears("2000-04-31", "2020-01-01")).toBeNaN();
    expect(ageInYears("2000-13-01", "2020-01-01")).toBeNaN();
    expect(ageInYears("15/06/1990", "2020-01-01")).toBeNaN();
    expect(ageInYears("1990-06-15", "2020-01")).toBeNaN();
    expect(ageInYears("1990-06-15", "2020-01-01T00:00:00Z")).toBeNaN();
  });
});
