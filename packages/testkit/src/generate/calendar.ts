/** Calendar arithmetic on day numbers (days since 1970-01-01, UTC): no time zones, no clock. */

const MS_PER_DAY = 86_400_000;

/** The day number of a `YYYY-MM-DD` date. */
export function dayOf(date: string): number {
  const [year, month, day] = date.split("-").map(Number);
  return Date.UTC(year as number, (month as number) - 1, day as number) / MS_PER_DAY;
}

const pad = (value: number) => (value < 10 ? `0${value}` : String(value));

/** The `YYYY-MM-DD` date of a day number (H. Hinnant's civil-from-days: plain arithmetic, fast in bulk). */
export function dateOf(day: number): string {
  const shifted = day + 719468;
  const era = Math.floor(shifted / 146097);
  const dayOfEra = shifted - era * 146097;
  const yearOfEra = Math.floor(
    (dayOfEra - Math.floor(dayOfEra / 1460) + Math.floor(dayOfEra / 36524) - Math.floor(dayOfEra / 146096)) /
      365,
  );
  const dayOfYear = dayOfEra - (365 * yearOfEra + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100));
  const shiftedMonth = Math.floor((5 * dayOfYear + 2) / 153);
  const dayOfMonth = dayOfYear - Math.floor((153 * shiftedMonth + 2) / 5) + 1;
  const month = shiftedMonth < 10 ? shiftedMonth + 3 : shiftedMonth - 9;
  const year = yearOfEra + era * 400 + (month <= 2 ? 1 : 0);
  return `${year}-${pad(month)}-${pad(dayOfMonth)}`;
}

/** The `YYYY-MM` month of a day number (a partial date, as people remember past events). */
export function monthOf(day: number): string {
  return dateOf(day).slice(0, 7);
}

/** The calendar year of a day number. */
export function yearOf(day: number): number {
  return Number(dateOf(day).slice(0, 4));
}

/** An ISO 8601 UTC timestamp at a day number plus minutes after midnight. */
export function timestampOf(day: number, minutes: number): string {
  const extraDays = Math.floor(minutes / 1440);
  const inDay = minutes - extraDays * 1440;
  return `${dateOf(day + extraDays)}T${pad(Math.floor(inDay / 60))}:${pad(inDay % 60)}:00Z`;
}

/** Whole months between two day numbers (30.44-day months). */
export function monthsBetween(from: number, to: number): number {
  return Math.floor((to - from) / 30.44);
}
