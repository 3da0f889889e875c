const DAY_MS = 86_400_000;
/** 1899-12-30: day 0 of Excel's 1900 date system once its fictitious 1900-02-29 (day 60) is skipped. */
const EPOCH_1900 = Date.UTC(1899, 11, 30);
/** 1904-01-01: day 0 of the 1904 date system (old Mac workbooks). */
const EPOCH_1904 = Date.UTC(1904, 0, 1);

/** A UTC date as `YYYY-MM-DD`. */
export function isoDateOf(date: Date): string {
  return date.toISOString().slice(0, 10);
}

/**
 * The ISO date of an Excel serial day number (the time of day is dropped). Excel's 1900 system counts the
 * non-existent 1900-02-29 as day 60, which has no date: `undefined`, as for serials out of range.
 */
export function dateOfSerial(serial: number, date1904 = false): string | undefined {
  if (!Number.isFinite(serial) || serial < 1 || serial >= 2_958_466) return undefined;
  const day = Math.floor(serial);
  if (date1904) return isoDateOf(new Date(EPOCH_1904 + day * DAY_MS));
  if (day === 60) return undefined;
  return isoDateOf(new Date(EPOCH_1900 + (day < 60 ? day + 1 : day) * DAY_MS));
}

/** A `YYYY-MM-DD` date as a JS Date at UTC midnight, which exceljs writes as that day. */
export function dateCellOf(iso: string): Date {
  return new Date(`${iso}T00:00:00Z`);
}
