import type { Penalty, Perpetrator, Proceedings } from "@tip/schema";
import type { Random } from "../random/random.js";
import { yearOf } from "./calendar.js";
import type { GeneratedCase } from "./case.js";
import { PERPETRATOR_ROLE, RECRUITER_RELATION } from "./distributions.js";
import { drawDistinct } from "./draw.js";
import { fictionalPerson, fictionalWord } from "./names.js";
import { prune } from "./prune.js";
import type { CaseScenario } from "./scenario.js";
import type { World } from "./world.js";

/** Penalties of a convicted perpetrator: prison, sometimes suspended, and often a fine with its currency. */
function drawPenalties(random: Random): Penalty[] {
  const months = random.weighted([
    [random.int(12, 60), 40],
    [random.int(61, 180), 45],
    [random.int(181, 360), 15],
  ] as const);
  const penalties: Penalty[] = [
    { type: "imprisonment", months, suspended: months <= 36 && random.chance(0.3) ? true : undefined },
  ];
  if (random.chance(0.4))
    penalties.push({ type: "fine", amount: random.int(10, 1000) * 100, currency: "USD" });
  return penalties;
}

/** The perpetrator's own proceedings: the case's, with a sentence when convicted. */
function proceedingsOf(random: Random, generated: GeneratedCase): Proceedings {
  const { proceedings } = generated.justice;
  const convicted = proceedings.verdict === "convicted" || proceedings.verdict === "plea_agreement";
  return convicted ? { ...proceedings, penalties: drawPenalties(random) } : proceedings;
}

/** Builds one perpetrator of a case, related to some of its victims. */
export function buildPerpetrator(
  random: Random,
  world: World,
  scenario: CaseScenario,
  generated: GeneratedCase,
  id: string,
): Perpetrator {
  const openedYear = yearOf(scenario.identificationDay);
  const age = random.int(20, 65);
  const relations = scenario.victimIds
    .filter(() => random.chance(0.7))
    .map((victimId) => ({ victimId, relation: random.weighted(RECRUITER_RELATION) }));
  return prune({
    recordType: "perpetrator",
    id,
    caseIds: [scenario.caseId],
    ...(random.chance(0.5) ? fictionalPerson(random) : {}),
    alias: random.chance(0.15) ? fictionalWord(random) : undefined,
    sex: random.chance(0.68) ? "male" : "female",
    birthYear: random.chance(0.6) ? openedYear - age : undefined,
    age: random.chance(0.4) ? age : undefined,
    citizenships: random.chance(0.9) ? [random.chance(0.6) ? scenario.origin : world.country] : undefined,
    roles: drawDistinct(random, PERPETRATOR_ROLE, random.int(1, 2)),
    victimRelations: relations.length > 0 ? relations : undefined,
    organisedCrime: generated.organisedCrime,
    proceedings: proceedingsOf(random, generated),
  } satisfies Perpetrator);
}
