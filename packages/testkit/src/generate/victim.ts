import type { ConsentRecord, Victim } from "@tip/schema";
import type { Random } from "../random/random.js";
import { timestampOf, yearOf } from "./calendar.js";
import { DATA_SOURCE } from "./distributions.js";
import { prune } from "./prune.js";
import { drawAssistanceConsent, planReferral, type ReferralPlan } from "./referral-plan.js";
import type { CaseScenario } from "./scenario.js";
import { drawTimeline, type Timeline } from "./timeline.js";
import { drawAssistance, drawIdentification } from "./victim-care.js";
import { drawExploitation } from "./victim-exploitation.js";
import { drawPerson } from "./victim-person.js";
import type { World } from "./world.js";

/** A generated victim with the facts its case and referral are built from. */
export interface GeneratedVictim {
  readonly record: Victim;
  readonly timeline: Timeline;
  /** The referral of this victim, if one is generated. */
  readonly referral?: ReferralPlan;
}

/** Generates one valid victim record of a case. */
export function buildVictim(
  random: Random,
  world: World,
  scenario: CaseScenario,
  id: string,
): GeneratedVictim {
  const { country, directory } = world;
  const timeline = drawTimeline(random, scenario);
  const person = drawPerson(random, country, world.neighbourhood, scenario, timeline);
  // Child status is decided at the first act: recruited at 17 and exploited at 18 is a child victim.
  const adult = person.ageAtRecruitment >= 18;
  const exploitation = drawExploitation(random, {
    country,
    scenario,
    timeline,
    adult,
    foreign: person.foreign,
  });
  const care = {
    country,
    directory,
    timeline,
    child: !adult,
    foreign: person.foreign,
    forms: exploitation.forms ?? [],
  };
  const identification = drawIdentification(random, care);
  const assistance = drawAssistance(random, care, identification.status === "identified");
  const referralContext = {
    directory,
    citizenships: person.citizenships,
    foreign: person.foreign,
    child: !adult,
    identificationDay: timeline.identificationDay,
    identifiedBy: identification.agencyId,
  };
  const referral = planReferral(random, referralContext);
  const consent: ConsentRecord | undefined =
    referral?.consent ?? drawAssistanceConsent(random, referralContext);
  const record = prune({
    recordType: "victim",
    id,
    caseIds: [scenario.caseId],
    ...person.fields,
    identification,
    exploitation,
    assistance: assistance.length > 0 ? assistance : undefined,
    consents: consent ? [consent] : undefined,
    yearOfRegistration: yearOf(timeline.identificationDay),
    dataSource: random.weighted(DATA_SOURCE),
    createdAt: timestampOf(timeline.identificationDay, random.int(480, 1080)),
  } satisfies Victim);
  return { record, timeline, referral };
}
