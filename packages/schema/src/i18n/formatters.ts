import type { Formatters } from "intl-messageformat";
import type { Locale } from "./locale.js";

/** The largest count written as its own digits without asking ICU (see `formattersOf`). */
const LARGEST_PLAIN_COUNT = 999;

/**
 * The Intl formatters of one locale, shared by all its messages: intl-messageformat would otherwise build a
 * `NumberFormat` and a `PluralRules` per message. They are built on first use, once per options.
 *
 * The first `Intl.NumberFormat` of a process loads ICU's number data, about 14 ms of a command's start. A count
 * from 0 to 999 with no options is its plain digits in every language of the model (Latin digits, no
 * grouping under four digits), so it is written as such and a small run never pays for that data; any other
 * number is formatted by `Intl.NumberFormat`. A test holds the two to the same output in each language.
 */
export function formattersOf(locale: Locale): Formatters {
  let formatters = byLocale.get(locale);
  if (formatters === undefined) {
    formatters = createFormatters();
    byLocale.set(locale, formatters);
  }
  return formatters;
}

const byLocale = new Map<Locale, Formatters>();

type NumberOptions = Parameters<Formatters["getNumberFormat"]>[1];

function createFormatters(): Formatters {
  const numbers = new Map<string, Intl.NumberFormat>();
  const counts = new Map<string, Intl.NumberFormat>();
  const dates = new Map<string, Intl.DateTimeFormat>();
  const plurals = new Map<string, Intl.PluralRules>();
  // intl-messageformat's own options type, a superset of this Node's `Intl.NumberFormatOptions` types.
  const numberFormat = (locales?: string | string[], options?: NumberOptions) =>
    memo(
      numbers,
      [locales, options],
      () => new Intl.NumberFormat(locales, options as Intl.NumberFormatOptions),
    );
  return {
    getNumberFormat(locales, options) {
      if (options !== undefined) return numberFormat(locales, options);
      // Only `format` is called on what this returns (intl-messageformat's contract for its formatters).
      return memo(
        counts,
        [locales],
        () =>
          ({
            format: (value: number | bigint) =>
              isPlainCount(value) ? String(value) : numberFormat(locales).format(value),
          }) as Intl.NumberFormat,
      );
    },
    getDateTimeFormat: (...args) => memo(dates, args, () => new Intl.DateTimeFormat(...args)),
    getPluralRules: (...args) => memo(plurals, args, () => new Intl.PluralRules(...args)),
  };
}

/** A count written the same in every language of the model without ICU (-0 is written "-0"). */
function isPlainCount(value: number | bigint): boolean {
  return (
    typeof value === "number" &&
    Number.isInteger(value) &&
    value >= 0 &&
    value <= LARGEST_PLAIN_COUNT &&
    !Object.is(value, -0)
  );
}

function memo<T>(cache: Map<string, T>, args: readonly unknown[], create: () => T): T {
  const key = JSON.stringify(args);
  let value = cache.get(key);
  if (value === undefined) {
    value = create();
    cache.set(key, value);
  }
  return value;
}
