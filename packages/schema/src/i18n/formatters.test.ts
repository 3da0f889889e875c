import { IntlMessageFormat } from "intl-messageformat";
import { describe, expect, it } from "vitest";
import { formatIcu } from "./format-icu.js";
import { formattersOf } from "./formatters.js";
import { LOCALES } from "./locale.js";

// Counts written without ICU must read as `Intl.NumberFormat` writes them; the expected side is always ICU's.
const OTHER_NUMBERS = [1000, 1001, 9999, 10000, 123456789, -1, -999, 0.5, 2.25, 999.5, -0, 1e21, Number.NaN];

describe("formattersOf", () => {
  it.each(LOCALES)("writes every count from 0 to 999 as Intl.NumberFormat does (%s)", (locale) => {
    const icu = new Intl.NumberFormat(locale);
    const format = formattersOf(locale).getNumberFormat(locale);
    for (let n = 0; n <= 999; n++) expect(format.format(n)).toBe(icu.format(n));
  });

  it.each(LOCALES)("leaves every other number to Intl.NumberFormat (%s)", (locale) => {
    const icu = new Intl.NumberFormat(locale);
    const format = formattersOf(locale).getNumberFormat(locale);
    for (const n of OTHER_NUMBERS) expect(format.format(n), String(n)).toBe(icu.format(n));
  });

  it.each(LOCALES)("formats messages as intl-messageformat's own formatters do (%s)", (locale) => {
    const templates = [
      "{n, number}",
      "{n, number, integer}",
      "{n, number, percent}",
      "{n}",
      "{n, plural, one {# file} other {# files}} of {total, number}",
      "{n, plural, =0 {none} one {one} other {#}}",
      "{n, selectordinal, one {#st} two {#nd} few {#rd} other {#th}}",
    ];
    for (const template of templates) {
      for (const n of [0, 1, 2, 3, 11, 21, 999, 1000, 25000, 0.5]) {
        const expected = new IntlMessageFormat(template, locale, undefined, { ignoreTag: true }).format({
          n,
          total: 12345,
        });
        expect(formatIcu(locale, template, { n, total: 12345 }), `${template} ${n}`).toBe(expected);
      }
    }
  });

  it("shares one set of formatters per locale", () => {
    expect(formattersOf("es")).toBe(formattersOf("es"));
    expect(formattersOf("es")).not.toBe(formattersOf("fr"));
    const rules = formattersOf("pt").getPluralRules("pt", { type: "ordinal" });
    expect(formattersOf("pt").getPluralRules("pt", { type: "ordinal" })).toBe(rules);
    expect(formattersOf("pt").getPluralRules("pt")).not.toBe(rules);
  });
});
