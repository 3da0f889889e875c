import type { Random } from "../random/random.js";
import type { CaseScenario } from "./scenario.js";

/** The true dates (day numbers) of one victim's story; records show them at the precision people recall. */
export interface Timeline {
  readonly recruitmentDay: number;
  readonly startDay: number;
  readonly endDay: number;
  readonly identificationDay: number;
}

/** Draws a victim's timeline around the case's: recruitment <= start < end < identification. */
export function drawTimeline(random: Random, scenario: CaseScenario): Timeline {
  const identificationDay = scenario.identificationDay + random.int(0, 14);
  const startDay = scenario.startDay + random.int(0, 30);
  const endDay = Math.max(
    startDay + 31,
    Math.min(startDay + scenario.lengthDays + random.int(-20, 20), identificationDay - 1),
  );
  return { recruitmentDay: startDay - random.int(7, 150), startDay, endDay, identificationDay };
}
