import { dayOf } from "./calendar.js";

/**
 * The window in which generated victims are identified. Fixed rather than read from a clock, so the same seed
 * gives the same records on any day.
 */
export const PERIOD = {
  firstIdentification: dayOf("2019-01-01"),
  lastIdentification: dayOf("2024-12-31"),
  /** Date on which OAS membership is read for the regional partners. */
  membershipOn: "2024-12-31",
} as const;
