import type { PreventionActivity } from "@tip/schema";
import type { Random } from "../random/random.js";
import { dateOf, dayOf } from "./calendar.js";
import type { Code } from "./codes.js";
import { PERIOD } from "./period.js";
import { prune } from "./prune.js";
import type { World } from "./world.js";

const OFFICIALS: readonly Code<"prevention_audience">[] = [
  "police",
  "labour_inspectors",
  "judges",
  "prosecutors",
  "border_guards",
  "health_workers",
  "social_workers",
];
const PUBLIC: readonly Code<"prevention_audience">[] = ["general_public", "at_risk_groups", "private_sector"];
const PLATFORMS: readonly Code<"platform">[] = ["facebook", "instagram", "whatsapp", "tiktok", "twitter"];
const BROADCAST: readonly Code<"prevention_channel">[] = [
  "radio",
  "television",
  "print",
  "in_person",
  "online",
];

/**
 * The prevention activities of the reporting country over the generated period: each year, an awareness
 * campaign or two (public and groups at risk, broadcast and online with the platforms used) and trainings of
 * officials (in person or online), organised by agencies of the directory.
 */
export function* preventionActivitiesOf(
  random: Random,
  world: World,
): Generator<PreventionActivity, void, undefined> {
  const firstYear = Number(dateOf(PERIOD.firstIdentification).slice(0, 4));
  const lastYear = Number(dateOf(PERIOD.lastIdentification).slice(0, 4));
  const { domestic } = world.directory;
  const organisers = [domestic.police.id, domestic.labour.id, domestic.social.id, domestic.hotline.id];
  for (let year = firstYear; year <= lastYear; year++) {
    const count = random.int(1, 3);
    for (let n = 0; n < count; n++) {
      const startDay = dayOf(`${year}-01-01`) + random.int(0, 300);
      const training = random.chance(0.5);
      const channels = training
        ? ([random.chance(0.7) ? "in_person" : "online"] as Code<"prevention_channel">[])
        : random.sample(BROADCAST, random.int(1, 3));
      const online = channels.includes("online");
      yield prune({
        recordType: "preventionActivity",
        id: random.uuid(),
        kind: training ? "training" : "awareness_campaign",
        audiences: training
          ? random.sample(OFFICIALS, random.int(1, 3))
          : random.sample(PUBLIC, random.int(1, 2)),
        peopleReached: training ? undefined : random.int(5, 500) * 100,
        trainees: training ? random.int(10, 120) : undefined,
        channels,
        platforms: online && !training ? random.sample(PLATFORMS, random.int(1, 3)) : undefined,
        startedOn: dateOf(startDay),
        endedOn: dateOf(startDay + (training ? random.int(0, 4) : random.int(14, 60))),
        country: world.country,
        organiserAgencyId: random.pick(organisers),
      } satisfies PreventionActivity);
    }
  }
}
