import type { CountryCode } from "@tip/schema";
import type { Random } from "../random/random.js";
import type { Code } from "./codes.js";
import type { Neighbourhood } from "./countries.js";
import { EXPLOITATION_DAYS, PRIMARY_FORM } from "./distributions.js";
import { drawInRange } from "./draw.js";
import { PERIOD } from "./period.js";

/** What the victims of one case share: the form of exploitation, where they came from, and when. */
export interface CaseScenario {
  readonly caseId: string;
  /** Running number of the case in the data set, from 1. */
  readonly sequence: number;
  readonly primaryForm: Code<"exploitation_form">;
  /** Country of recruitment. */
  readonly origin: CountryCode;
  /** A country crossed between recruitment and exploitation, if any. */
  readonly transit?: CountryCode;
  /** First day of exploitation (day number); victims start up to a month later. */
  readonly startDay: number;
  /** Typical length of the exploitation in days. */
  readonly lengthDays: number;
  /** Day the first victim was identified; the others follow within two weeks. */
  readonly identificationDay: number;
  readonly victimIds: readonly string[];
  readonly perpetratorIds: readonly string[];
}

/** Victims per case: one in most cases, up to three. */
const VICTIMS_PER_CASE = [
  [1, 60],
  [2, 28],
  [3, 12],
] as const;

/** Perpetrators recorded per case: none (unknown) to three. */
const PERPETRATORS_PER_CASE = [
  [0, 20],
  [1, 40],
  [2, 25],
  [3, 15],
] as const;

/** Draws a case scenario; `maxVictims` caps the victims so the data set has exactly the requested count. */
export function drawScenario(
  random: Random,
  country: CountryCode,
  neighbourhood: Neighbourhood,
  sequence: number,
  maxVictims: number,
): CaseScenario {
  const caseId = random.uuid();
  const victims = Math.min(maxVictims, random.weighted(VICTIMS_PER_CASE));
  const perpetrators = random.weighted(PERPETRATORS_PER_CASE);
  const origin = random.weighted<CountryCode>([
    [country, 45],
    [random.pick(neighbourhood.partners), 45],
    [random.pick(neighbourhood.region), 10],
  ]);
  const transit = origin !== country && random.chance(0.3) ? random.pick(neighbourhood.region) : undefined;
  const identificationDay = random.int(PERIOD.firstIdentification, PERIOD.lastIdentification - 20);
  const lengthDays = drawInRange(random, EXPLOITATION_DAYS);
  const startDay = identificationDay - lengthDays - random.int(31, 60);
  return {
    caseId,
    sequence,
    primaryForm: random.weighted(PRIMARY_FORM),
    origin,
    transit: transit === origin ? undefined : transit,
    startDay,
    lengthDays,
    identificationDay,
    victimIds: Array.from({ length: victims }, () => random.uuid()),
    perpetratorIds: Array.from({ length: perpetrators }, () => random.uuid()),
  };
}
