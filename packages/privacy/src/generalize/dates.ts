import type { DateKind } from "../model/object-plans.js";

/** A date cut to a month or year. Partial dates are cut; full dates keep their shape as the period's first day. */
export function coarsenDate(value: string, kind: DateKind, precision: "month" | "year"): string | undefined {
  const match = /^(\d{4})(?:-(\d{2}))?/.exec(value);
  if (!match) return undefined;
  const [, year, month] = match;
  if (kind === "partial") return precision === "year" || month === undefined ? year : `${year}-${month}`;
  if (kind === "date") return precision === "year" ? `${year}-01-01` : `${year}-${month ?? "01"}-01`;
  return undefined;
}
