/** Calendar arithmetic on day numbers (days since 1970-01-01, UTC): no time zones, no clock. */

const MS_PER_DAY = 86_400_000;

/** The day number of a `YYYY-MM-DD` date. */
export function dayOf(date: string): number {
  const [year, month, day] = date.split("-").map(Number);
  return Date.UTC(year as number, (month as number) - 1, day as number) / MS_PER_DAY;
}

/** The `YYYY-MM-DD` date of a day number. */
export function dateOf(day: number): string {
  return new Date(day * MS_PER_DAY).toISOString().slice(0, 10);
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
  return `${new Date((day * 1440 + minutes) * 60_000).toISOString().slice(0, 16)}:00Z`;
}

/** Whole months between two day numbers (30.44-day months). */
export function monthsBetween(from: number, to: number): number {
  return Math.floor((to - from) / 30.44);
}
