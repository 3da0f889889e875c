import { REFERRAL_TRANSITIONS, type StatusChange } from "@tip/schema";
import type { Random } from "../random/random.js";
import { timestampOf } from "./calendar.js";
import type { Code } from "./codes.js";

type Status = Code<"referral_status">;

/** Chance that a referral is still in a status when the data set is cut (otherwise it moves on). */
const STAYS: Readonly<Partial<Record<Status, number>>> = {
  draft: 0.06,
  sent: 0.08,
  received: 0.1,
  accepted: 0.25,
  in_progress: 0.35,
  on_hold: 0.3,
};

/** Relative weight of moving to a status; declines, withdrawals, pauses, failures and mistakes are the exception. */
const MOVE_WEIGHT: Readonly<Partial<Record<Status, number>>> = {
  withdrawn: 1,
  declined: 1.5,
  on_hold: 1,
  failed: 0.5,
  entered_in_error: 0.1,
};

/** One step of a generated lifecycle with the day it happened. */
export interface LifecycleStep {
  readonly status: Status;
  readonly day: number;
  readonly change: StatusChange;
}

/**
 * Walks the referral lifecycle from `draft` along the allowed transitions of @tip/schema, so every generated
 * history is reachable; timestamps strictly increase.
 */
export function walkLifecycle(
  random: Random,
  firstDay: number,
  agencyOf: (status: Status) => string,
): LifecycleStep[] {
  let status: Status = "draft";
  let minutes = firstDay * 1440 + random.int(480, 1020);
  const steps: LifecycleStep[] = [];
  for (;;) {
    const day = Math.floor(minutes / 1440);
    steps.push({
      status,
      day,
      change: { status, at: timestampOf(day, minutes % 1440), byAgencyId: agencyOf(status) },
    });
    const next: readonly Status[] = REFERRAL_TRANSITIONS[status];
    if (next.length === 0 || random.chance(STAYS[status] ?? 0)) return steps;
    status = random.weighted(next.map((candidate) => [candidate, MOVE_WEIGHT[candidate] ?? 8] as const));
    minutes += random.int(60, 10 * 1440);
  }
}
