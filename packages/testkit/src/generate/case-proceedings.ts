import type { Proceedings } from "@tip/schema";
import type { Random } from "../random/random.js";
import { dateOf } from "./calendar.js";
import type { Code } from "./codes.js";
import { CASE_STAGE } from "./distributions.js";

type Stage = Code<"criminal_justice_stage">;

/** Stages reached only after charges are brought. */
const PROSECUTED: ReadonlySet<Stage> = new Set([
  "prosecution",
  "trial",
  "convicted",
  "acquitted",
  "case_dismissed",
]);

/** Where a case stands in criminal justice, with its dates as day numbers for the records built from it. */
export interface JusticeOutcome {
  readonly proceedings: Proceedings;
  readonly stage: Stage;
  readonly verdictDay?: number;
}

/**
 * Draws the criminal-justice stage of a case and its dates: opened <= prosecution <= verdict. A case without a
 * known perpetrator stays at suspicion or investigation.
 */
export function drawProceedings(
  random: Random,
  openedDay: number,
  iccsCodes: readonly Code<"iccs_code">[],
  hasPerpetrators: boolean,
): JusticeOutcome {
  const stage: Stage = hasPerpetrators
    ? random.weighted(CASE_STAGE)
    : random.chance(0.3)
      ? "suspected"
      : "investigation";
  if (!PROSECUTED.has(stage)) return { stage, proceedings: { stage } };
  const prosecutionDay = openedDay + random.int(60, 400);
  const verdict: Code<"verdict"> | undefined =
    stage === "convicted"
      ? random.chance(0.2)
        ? "plea_agreement"
        : "convicted"
      : stage === "acquitted"
        ? "acquitted"
        : stage === "case_dismissed"
          ? "dismissed"
          : undefined;
  const verdictDay = verdict === undefined ? undefined : prosecutionDay + random.int(90, 700);
  return {
    stage,
    verdictDay,
    proceedings: {
      stage,
      charges: iccsCodes.map((iccs) => ({ iccs, legalProvision: "Trafficking in Persons Act" })),
      prosecutionStartedOn: dateOf(prosecutionDay),
      verdict,
      verdictDate: verdictDay === undefined ? undefined : dateOf(verdictDay),
    },
  };
}
