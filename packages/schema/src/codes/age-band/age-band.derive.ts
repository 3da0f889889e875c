import { type AgeBandCode, ageBand } from "./age-band.codes.js";

interface Band {
  readonly code: AgeBandCode;
  readonly min: number;
  readonly max: number;
}

/** Bounds read from the codes themselves (`"9-17"`, `"48+"`), so the list stays the only source. */
const BANDS: readonly Band[] = ageBand.codes.map((code) => {
  const closed = /^(\d+)-(\d+)$/.exec(code);
  if (closed) return { code, min: Number(closed[1]), max: Number(closed[2]) };
  const open = /^(\d+)\+$/.exec(code);
  if (open) return { code, min: Number(open[1]), max: Number.POSITIVE_INFINITY };
  throw new Error(`age_band code ${code} is neither "min-max" nor "min+"`);
});

/**
 * The CTDC age band of an age in years; a fractional age counts as its completed years (17.9 is in `9-17`).
 * Returns `undefined` for a negative or non-finite age.
 */
export function ageBandOf(age: number): AgeBandCode | undefined {
  if (!Number.isFinite(age) || age < 0) return undefined;
  const years = Math.floor(age);
  return BANDS.find((band) => years >= band.min && years <= band.max)?.code;
}

const CLOSED_TEXT = /^\s*(\d+)\s*(?:--|-|–|—)\s*(\d+)\s*$/u;
const OPEN_TEXT = /^\s*(\d+)\s*\+\s*$/u;

/**
 * Reads an age band as written in CTDC files and elsewhere: `0--8`, `0–8` (en dash), `0—8` (em dash),
 * `0-8`, with optional spaces around the bounds, or `48+`. Returns `undefined` unless the text names one
 * of the list's bands exactly (`0-9` is not a band).
 */
export function parseAgeBand(text: string): AgeBandCode | undefined {
  const closed = CLOSED_TEXT.exec(text);
  const open = closed ? null : OPEN_TEXT.exec(text);
  let candidate: string | undefined;
  if (closed) candidate = `${Number(closed[1])}-${Number(closed[2])}`;
  else if (open) candidate = `${Number(open[1])}+`;
  return candidate !== undefined && ageBand.has(candidate) ? candidate : undefined;
}

function isLeapYear(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

function daysInMonth(year: number, month: number): number {
  if (month === 2) return isLeapYear(year) ? 29 : 28;
  return month === 4 || month === 6 || month === 9 || month === 11 ? 30 : 31;
}

/** The number the ASCII digits of `text` from `start` to `end` write, or -1 when one is not a digit. */
function digitsAt(text: string, start: number, end: number): number {
  let value = 0;
  for (let i = start; i < end; i++) {
    const digit = text.charCodeAt(i) - 48;
    if (digit < 0 || digit > 9) return -1;
    value = value * 10 + digit;
  }
  return value;
}

/**
 * A real `YYYY-MM-DD` calendar date as the number `YYYYMMDD`, or `NaN`. Read without a regular expression or
 * an array: ages are derived for every record of an export.
 */
function isoDateNumber(text: string): number {
  if (text.length !== 10 || text.charCodeAt(4) !== 0x2d || text.charCodeAt(7) !== 0x2d) return Number.NaN;
  const year = digitsAt(text, 0, 4);
  const month = digitsAt(text, 5, 7);
  const day = digitsAt(text, 8, 10);
  if (year < 0 || month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) return Number.NaN;
  return year * 10000 + month * 100 + day;
}

/**
 * Age in completed years on `onDate` of a person born on `birthDate`, both ISO 8601 calendar dates
 * (`YYYY-MM-DD`). Calendar arithmetic, no time zones: the age goes up on the birthday, and someone born on
 * 29 February gets one year older on 1 March in common years (born 2000-02-29: 0 on 2001-02-28, 1 on 2001-03-01).
 * Never throws, so rules can call it on unchecked data: returns `NaN` when either date is malformed or does
 * not exist (`2001-02-29`), and a negative number when `onDate` is before `birthDate`.
 */
export function ageInYears(birthDate: string, onDate: string): number {
  const birth = isoDateNumber(birthDate);
  const on = isoDateNumber(onDate);
  if (Number.isNaN(birth) || Number.isNaN(on)) return Number.NaN;
  // Month and day as MMDD: the birthday has not come yet when they are smaller on the day than at birth.
  const beforeBirthday = on % 10000 < birth % 10000;
  return Math.floor(on / 10000) - Math.floor(birth / 10000) - (beforeBirthday ? 1 : 0);
}
