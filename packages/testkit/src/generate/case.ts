import { type Case, CODE_LISTS, type TechnologyUse, type TraffickingEvent } from "@tip/schema";
import type { Random } from "../random/random.js";
import { dateOf, monthOf, timestampOf } from "./calendar.js";
import { drawProceedings, type JusticeOutcome } from "./case-proceedings.js";
import type { Code } from "./codes.js";
import { ORGANISED_CRIME } from "./distributions.js";
import { prune } from "./prune.js";
import type { CaseScenario } from "./scenario.js";
import type { GeneratedVictim } from "./victim.js";
import type { World } from "./world.js";

/** A generated case with the outcome its perpetrators share. */
export interface GeneratedCase {
  readonly record: Case;
  readonly justice: JusticeOutcome;
  readonly organisedCrime: Code<"organised_crime_involvement">;
}

/** The union of some code lists' values, in the list's own order. */
function unionInOrder<C extends string>(order: readonly C[], values: Iterable<C | undefined>): C[] {
  const seen = new Set(values);
  return order.filter((code) => seen.has(code));
}

/** ICCS 0204 subcodes for the purposes of a case; purposes without their own subcode count as "other" (02044). */
function iccsFor(purposes: readonly Code<"exploitation_form">[]): Code<"iccs_code">[] {
  // The trafficking subcode (0204x) of each purpose; forced marriage's ICCS code is an offence of its own.
  const mapped = purposes.map((purpose) =>
    CODE_LISTS.exploitation_form.mappings[purpose].iccs?.find((code) => code.startsWith("0204")),
  );
  const codes = mapped.map((code) => (code !== undefined && CODE_LISTS.iccs_code.has(code) ? code : "02044"));
  return unionInOrder(CODE_LISTS.iccs_code.codes, codes);
}

function drawEvents(
  random: Random,
  world: World,
  scenario: CaseScenario,
  victims: readonly GeneratedVictim[],
): TraffickingEvent[] {
  const days = (pick: (victim: GeneratedVictim) => number) => victims.map(pick);
  const recruitment = Math.min(...days((v) => v.timeline.recruitmentDay));
  const start = Math.min(...days((v) => v.timeline.startDay));
  const end = Math.max(...days((v) => v.timeline.endDay));
  const identification = Math.min(...days((v) => v.timeline.identificationDay));
  const events: TraffickingEvent[] = [
    { role: "recruitment", place: { country: scenario.origin }, date: monthOf(recruitment) },
  ];
  if (scenario.transit !== undefined) {
    events.push({
      role: "transit",
      place: { country: scenario.transit },
      date: monthOf(random.int(recruitment, start)),
    });
  }
  events.push(
    { role: "exploitation", place: { country: world.country }, date: dateOf(start), endDate: monthOf(end) },
    { role: "identification", place: { country: world.country }, date: dateOf(identification) },
  );
  return events;
}

/** Builds the case record around its victims: the union of their acts, means and forms, places and dates. */
export function buildCase(
  random: Random,
  world: World,
  scenario: CaseScenario,
  victims: readonly GeneratedVictim[],
): GeneratedCase {
  const records = victims.map((victim) => victim.record);
  const openedDay = Math.min(...victims.map((victim) => victim.timeline.identificationDay));
  const purposes = unionInOrder(
    CODE_LISTS.exploitation_form.codes,
    records.flatMap((v) => v.exploitation?.forms ?? []),
  );
  const iccsCodes = iccsFor(purposes);
  const justice = drawProceedings(random, openedDay, iccsCodes, scenario.perpetratorIds.length > 0);
  const transnational =
    scenario.origin !== world.country || records.some((v) => !(v.citizenships ?? []).includes(world.country));
  const drawnCrime = random.weighted(ORGANISED_CRIME);
  const organisedCrime =
    drawnCrime === "transnational_network" && !transnational ? "organised_criminal_group" : drawnCrime;
  const technologyUses = new Map<string, TechnologyUse>();
  for (const use of records.flatMap((v) => v.exploitation?.technologyUses ?? [])) {
    technologyUses.set(`${use.purpose}/${use.platform}`, use);
  }
  const closed = justice.verdictDay !== undefined && random.chance(0.6);
  const child = records.some((v) => v.majorityStatusAtExploitation === "child");
  const relatedOffences: Code<"iccs_code">[] = [];
  if (transnational && random.chance(0.2)) relatedOffences.push("08051");
  if (child && purposes.includes("sexual_exploitation") && random.chance(0.3)) relatedOffences.push("03022");
  const reportingAgencyIds = [...new Set(records.map((v) => v.identification?.agencyId))].filter(
    (id): id is string => id !== undefined,
  );
  const record = prune({
    recordType: "case",
    id: scenario.caseId,
    externalIds: random.chance(0.6)
      ? [
          {
            system: `${world.country.toLowerCase()}-case-management`,
            value: `CASE-${String(scenario.sequence).padStart(6, "0")}`,
          },
        ]
      : undefined,
    status: closed
      ? "closed"
      : random.weighted<Code<"case_status">>([
          ["active", 75],
          ["follow_up", 15],
          ["closed_referred", 10],
        ]),
    openedOn: dateOf(openedDay),
    closedOn: closed ? dateOf((justice.verdictDay as number) + random.int(10, 120)) : undefined,
    acts: unionInOrder(
      CODE_LISTS.act.codes,
      records.flatMap((v) => v.exploitation?.acts ?? []),
    ),
    means: unionInOrder(
      CODE_LISTS.palermo_means.codes,
      records.flatMap((v) => v.exploitation?.palermoMeans ?? []),
    ),
    purposes,
    iccsCodes,
    relatedOffences: relatedOffences.length > 0 ? relatedOffences : undefined,
    events: drawEvents(random, world, scenario, victims),
    transnational,
    organisedCrime,
    technologyUses: technologyUses.size > 0 ? [...technologyUses.values()] : undefined,
    financialInvestigation: random.chance(0.25)
      ? {
          opened: true,
          openedOn: dateOf(openedDay + random.int(10, 90)),
          moneyLaunderingCharged: random.chance(0.3),
          assetActions: random.chance(0.5)
            ? [
                {
                  action: random.pick(["frozen", "seized", "confiscated"] as const),
                  value: random.int(10, 500) * 100,
                  currency: "USD",
                },
              ]
            : undefined,
        }
      : undefined,
    proceedings: justice.proceedings,
    victimIds: [...scenario.victimIds],
    perpetratorIds: scenario.perpetratorIds.length > 0 ? [...scenario.perpetratorIds] : undefined,
    reportingAgencyIds: reportingAgencyIds.length > 0 ? reportingAgencyIds : undefined,
    leadAgencyId: world.directory.domestic.police.id,
    createdAt: timestampOf(openedDay, random.int(480, 1080)),
  } satisfies Case);
  return { record, justice, organisedCrime };
}
