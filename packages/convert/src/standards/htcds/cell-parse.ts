import { dateOfSerial, isoDateOf } from "./excel-date.js";
import type { SlotKind } from "./htcds-slots.js";
import type { CellValue } from "./source-table.js";

/** A value read from a cell, or why it could not be read (`expected` names the format, never the value). */
export type Parsed<T> =
  | {
      readonly ok: true;
      readonly value: T;
      /** A date was read from an Excel serial number. */
      readonly serial?: boolean;
      /** A year was read from a date: the month or day the cell gave is not in the value. */
      readonly fromDate?: boolean;
    }
  | { readonly ok: false; readonly expected: string };

const fail = (expected: string): Parsed<never> => ({ ok: false, expected });

/** A cell as text: numbers in plain notation, dates as `YYYY-MM-DD`, booleans as `TRUE` / `FALSE`. */
export function textOf(value: CellValue): string {
  if (value instanceof Date) return Number.isNaN(value.getTime()) ? "" : isoDateOf(value);
  if (typeof value === "boolean") return value ? "TRUE" : "FALSE";
  return String(value).trim();
}

const FULL_DATE = /^(\d{4}-\d{2}-\d{2})(?:[T ]\d{2}:\d{2}.*)?$/;
const PARTIAL_DATE = /^\d{4}(-\d{2})?$/;
/** Serial numbers as text: 5 digits (1927 to 2173); `2021` alone is a year, never the serial day 2021. */
const SERIAL = /^\d{5}(\.\d+)?$/;

/**
 * A date cell as ISO text: a real date cell, an Excel serial number (number cell, or 5-digit text in a full date
 * column), `YYYY-MM-DD` (a time after it is dropped), and for partial dates `YYYY` or `YYYY-MM`. Day-first
 * or month-first text (`03/04/2021`) is ambiguous and refused. `serial` tells the caller a serial was converted.
 */
export function parseDate(value: CellValue, partial: boolean, date1904: boolean): Parsed<string> {
  const expected = partial ? "YYYY, YYYY-MM or YYYY-MM-DD" : "YYYY-MM-DD";
  if (value instanceof Date)
    return Number.isNaN(value.getTime()) ? fail(expected) : { ok: true, value: isoDateOf(value) };
  if (typeof value === "boolean") return fail(expected);
  const text = textOf(value);
  const serialText = typeof value === "number" || (!partial && SERIAL.test(text));
  if (serialText) {
    const iso = dateOfSerial(Number(text), date1904);
    return iso === undefined ? fail(expected) : { ok: true, value: iso, serial: true };
  }
  const full = FULL_DATE.exec(text)?.[1];
  if (full !== undefined) return { ok: true, value: full };
  if (partial && PARTIAL_DATE.test(text)) return { ok: true, value: text };
  return fail(expected);
}

const DECIMAL = /^[+-]?(\d+(\.\d*)?|\.\d+)([eE][+-]?\d+)?$/;

/** A number cell or plain decimal text (`-12.5`); a decimal comma is refused (`1,234` is ambiguous). */
export function parseNumber(value: CellValue, integer: boolean): Parsed<number> {
  const expected = integer ? "a whole number" : "a number";
  let number: number;
  if (typeof value === "number") number = value;
  else if (typeof value === "string" && DECIMAL.test(value.trim())) number = Number(value.trim());
  else return fail(expected);
  if (!Number.isFinite(number) || (integer && !Number.isInteger(number))) return fail(expected);
  return { ok: true, value: number };
}

const YEAR_DATE = /^(\d{4})-\d{2}(-\d{2})?(?:[T ]\d{2}:\d{2}.*)?$/;

/**
 * A year: a whole number cell or text (`2019`, `2019.0`), or a date (a date cell, `YYYY-MM` or `YYYY-MM-DD` text),
 * which gives its year and says so (`fromDate`): the cell is then kept as written. Whether the year is in the
 * field's range is the schema's to say.
 */
export function parseYear(value: CellValue): Parsed<number> {
  const expected = "a year (YYYY)";
  if (value instanceof Date) {
    return Number.isNaN(value.getTime())
      ? fail(expected)
      : { ok: true, value: Number(isoDateOf(value).slice(0, 4)), fromDate: true };
  }
  const dated = typeof value === "string" ? YEAR_DATE.exec(value.trim())?.[1] : undefined;
  if (dated !== undefined) return { ok: true, value: Number(dated), fromDate: true };
  const number = parseNumber(value, true);
  return number.ok ? number : fail(expected);
}

const TRUE = new Set(["true", "yes", "y", "1"]);
const FALSE = new Set(["false", "no", "n", "0"]);

/** A checkbox: a boolean cell, 1 / 0, or `TRUE` / `FALSE` / `Yes` / `No` / `Y` / `N` in any case. */
export function parseBoolean(value: CellValue): Parsed<boolean> {
  if (typeof value === "boolean") return { ok: true, value };
  const text = textOf(value).toLowerCase();
  if (TRUE.has(text)) return { ok: true, value: true };
  if (FALSE.has(text)) return { ok: true, value: false };
  return fail("TRUE or FALSE");
}

/** Reads a non-code, non-party cell as the kind of value its slot holds. */
export function parseScalar(
  value: CellValue,
  kind: SlotKind,
  date1904: boolean,
): Parsed<string | number | boolean> {
  switch (kind) {
    case "date":
    case "partialDate":
      return parseDate(value, kind === "partialDate", date1904);
    case "integer":
    case "number":
      return parseNumber(value, kind === "integer");
    case "year":
      return parseYear(value);
    case "boolean":
      return parseBoolean(value);
    default:
      return { ok: true, value: textOf(value) };
  }
}
