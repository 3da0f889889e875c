import type {
  CountryCode,
  HelplineContact,
  ProtectionMeasure,
  Screening,
  SgbvIncident,
  TipRecord,
} from "@tip/schema";
import { CODE_LISTS } from "@tip/schema";
import type { Random, Weighted } from "../random/random.js";
import { dateOf, monthOf, timestampOf } from "./calendar.js";
import type { Code } from "./codes.js";
import { fictionalPerson } from "./names.js";
import { prune } from "./prune.js";
import type { CaseScenario } from "./scenario.js";
import type { GeneratedVictim } from "./victim.js";
import type { World } from "./world.js";

const CHANNELS: readonly Weighted<Code<"helpline_channel">>[] = [
  ["phone", 55],
  ["chat", 15],
  ["social_media", 12],
  ["email", 8],
  ["walk_in", 7],
  ["other", 3],
];

const CONTACTORS: readonly Weighted<Code<"helpline_contactor">>[] = [
  ["victim", 40],
  ["family_member", 18],
  ["third_party", 20],
  ["professional", 15],
  ["anonymous", 7],
];

/** Outcomes of contacts that led to no victim record. */
const UNLINKED_OUTCOMES: readonly Weighted<Code<"helpline_outcome">>[] = [
  ["information_given", 55],
  ["no_action", 30],
  ["other", 15],
];

const TOOLS: readonly Weighted<Code<"screening_tool">>[] = [
  ["ilo_forced_labour_indicators", 45],
  ["ilo_ec_operational_indicators", 20],
  ["iom_screening_form", 20],
  ["national_tool", 15],
];

const STRENGTHS: readonly Weighted<Code<"indicator_strength">>[] = [
  ["strong", 40],
  ["medium", 35],
  ["weak", 25],
];

const COMPENSATION_SOURCES: readonly Weighted<Code<"compensation_source">>[] = [
  ["court_order", 60],
  ["state_fund", 25],
  ["settlement", 15],
];

const GBV_TYPES: readonly Weighted<Code<"gbv_incident_type">>[] = [
  ["sexual_assault", 30],
  ["rape", 22],
  ["physical_assault", 20],
  ["psychological_abuse", 18],
  ["denial_of_resources", 7],
  ["forced_marriage", 3],
];

const GBV_PERPETRATORS: readonly Weighted<Code<"sgbv_perpetrator_kind">>[] = [
  ["smuggler", 30],
  ["trafficker", 25],
  ["armed_group", 12],
  ["official", 8],
  ["other_migrant", 10],
  ["unknown", 15],
];

const INDICATORS = CODE_LISTS.ilo_indicator.codes;

/** What the protection records of one victim are drawn from. */
export interface ProtectionContext {
  readonly world: World;
  readonly scenario: CaseScenario;
  readonly victim: GeneratedVictim;
}

/** Generates the protection records of a case that concern no victim: helpline contacts that led nowhere. */
export function buildUnlinkedContacts(random: Random, world: World, scenario: CaseScenario): TipRecord[] {
  if (!random.chance(0.5)) return [];
  const day = scenario.identificationDay - random.int(30, 200);
  const contactor = random.weighted(CONTACTORS);
  return [
    prune({
      recordType: "helplineContact",
      id: random.uuid(),
      agencyId: world.directory.domestic.hotline.id,
      contactedAt: timestampOf(day, random.int(0, 1439)),
      channel: random.weighted(CHANNELS),
      language: random.chance(0.7) ? "es" : "en",
      contactor,
      outcome: random.weighted(UNLINKED_OUTCOMES),
    } satisfies HelplineContact),
  ];
}

/**
 * Generates the records around one victim, in the order things happen: a helpline contact, the screening it
 * led to, the protection measures the victim received (compensation among them), and incidents of sexual or
 * gender-based violence suffered on the route by a migrant woman or girl. Every id they name is in the data set.
 */
export function buildProtection(random: Random, context: ProtectionContext): TipRecord[] {
  const { world, scenario, victim } = context;
  const { record, timeline } = victim;
  const { directory, country } = world;
  const records: TipRecord[] = [];
  const identificationDay = timeline.identificationDay;
  const contactDay = identificationDay - random.int(2, 20);
  const observed = record.identification?.indicatorsObserved ?? [];
  let contactId: string | undefined;
  // A victim referred on was more often first met through the hotline: the full chain of the scenario.
  const referred = victim.referral !== undefined;
  if (random.chance(referred ? 0.7 : 0.4)) {
    const contactor = random.weighted(CONTACTORS);
    const named = contactor !== "anonymous" && random.chance(0.5);
    const caller = named ? fictionalPerson(random) : undefined;
    contactId = random.uuid();
    records.push(
      prune({
        recordType: "helplineContact",
        id: contactId,
        agencyId: directory.domestic.hotline.id,
        contactedAt: timestampOf(contactDay, random.int(0, 1439)),
        channel: random.weighted(CHANNELS),
        language: record.primaryLanguage,
        contactor,
        callerName: caller ? `${caller.givenName} ${caller.familyName}` : undefined,
        // +999 is not assigned to any country: the number is valid E.164 and reaches nobody.
        callerPhone: named ? `+999${String(random.int(1_000_000, 9_999_999))}` : undefined,
        indicatorsRaised: observed.length > 0 ? [...observed] : random.sample(INDICATORS, random.int(1, 2)),
        outcome: "referred",
        victimId: record.id,
        caseId: scenario.caseId,
      } satisfies HelplineContact),
    );
  }
  if (contactId !== undefined || random.chance(0.3)) {
    const found = observed.length > 0 ? observed : random.sample(INDICATORS, random.int(1, 4));
    const status = record.identification?.status;
    records.push(
      prune({
        recordType: "screening",
        id: random.uuid(),
        agencyId: record.identification?.agencyId ?? directory.domestic.social.id,
        screenedOn: dateOf(Math.max(contactDay, identificationDay - random.int(0, 2))),
        tool: random.weighted(TOOLS),
        indicators: found.map((indicator) => ({ indicator, strength: random.weighted(STRENGTHS) })),
        outcome: status === "not_a_victim" ? "not_a_victim" : "presumed_victim",
        helplineContactId: contactId,
        victimId: record.id,
      } satisfies Screening),
    );
  }
  const foreign = !(record.citizenships ?? []).includes(country);
  records.push(...buildMeasures(random, context, foreign));
  if (foreign && record.sex === "female" && random.chance(0.35)) {
    records.push(buildIncident(random, scenario, victim));
  }
  return records;
}

function buildMeasures(random: Random, context: ProtectionContext, foreign: boolean): ProtectionMeasure[] {
  const { world, scenario, victim } = context;
  const day = victim.timeline.identificationDay;
  const base = {
    recordType: "protectionMeasure" as const,
    victimId: victim.record.id,
    caseId: scenario.caseId,
  };
  const measures: ProtectionMeasure[] = [];
  if (random.chance(victim.referral !== undefined ? 0.5 : 0.25)) {
    const awardedDay = day + random.int(180, 700);
    const amount = random.int(20, 400) * 250;
    const paid = random.chance(0.55);
    const amountPaid = paid ? (random.chance(0.8) ? amount : Math.round(amount / 2)) : undefined;
    measures.push(
      prune({
        ...base,
        id: random.uuid(),
        kind: random.chance(0.8) ? "compensation" : "restitution",
        agencyId: world.directory.domestic.prosecution.id,
        compensation: {
          source: random.weighted(COMPENSATION_SOURCES),
          awarded: true,
          awardedOn: dateOf(awardedDay),
          amountAwarded: amount,
          paid,
          paidOn: paid ? dateOf(awardedDay + random.int(10, 240)) : undefined,
          amountPaid,
          currency: "USD",
        },
      } satisfies ProtectionMeasure),
    );
  }
  if (foreign && random.chance(0.4)) {
    const start = day + random.int(0, 10);
    const reflection = random.chance(0.5);
    measures.push(
      prune({
        ...base,
        id: random.uuid(),
        kind: reflection ? "reflection_period" : "residence_permit",
        agencyId: world.directory.domestic.immigration.id,
        residence: {
          permitType: reflection ? undefined : random.pick(["temporary", "humanitarian"] as const),
          decision: random.weighted([
            ["granted", 80],
            ["refused", 10],
            ["pending", 10],
          ] as const),
          decidedOn: dateOf(start),
          startDate: dateOf(start),
          endDate: dateOf(start + (reflection ? 45 : 365)),
        },
      } satisfies ProtectionMeasure),
    );
  }
  if (foreign && random.chance(0.15)) {
    const returned = day + random.int(30, 200);
    measures.push(
      prune({
        ...base,
        id: random.uuid(),
        kind: "return_reintegration",
        reintegration: {
          country: (victim.record.citizenships?.[0] ?? scenario.origin) as CountryCode,
          returnedOn: dateOf(returned),
          lastFollowUpOn: dateOf(returned + random.int(30, 300)),
          outcome: random.weighted([
            ["in_progress", 45],
            ["reintegrated", 30],
            ["lost_contact", 15],
            ["re_trafficked", 5],
            ["declined", 5],
          ] as const),
        },
      } satisfies ProtectionMeasure),
    );
  }
  if (random.chance(0.05)) {
    measures.push(
      prune({
        ...base,
        id: random.uuid(),
        kind: "non_punishment",
        nonPunishment: {
          offence: foreign ? "08051" : undefined,
          offenceDescription: foreign ? undefined : "Theft committed under the exploiter's orders",
          outcome: random.weighted([
            ["not_prosecuted", 45],
            ["charges_dropped", 25],
            ["acquitted", 15],
            ["pending", 10],
            ["convicted", 5],
          ] as const),
          decidedOn: dateOf(day + random.int(20, 300)),
        },
      } satisfies ProtectionMeasure),
    );
  }
  return measures;
}

function buildIncident(random: Random, scenario: CaseScenario, victim: GeneratedVictim): SgbvIncident {
  const { recruitmentDay, startDay } = victim.timeline;
  const day = recruitmentDay + random.int(0, Math.max(0, startDay - recruitmentDay));
  const onTransit = scenario.transit !== undefined;
  const unknown = random.chance(0.15);
  return prune({
    recordType: "sgbvIncident",
    id: random.uuid(),
    victimId: victim.record.id,
    caseId: scenario.caseId,
    type: random.weighted(GBV_TYPES),
    date: monthOf(day),
    dateApproximate: true,
    country: scenario.transit ?? scenario.origin,
    routeStage: onTransit ? "transit" : "recruitment",
    perpetratorKinds: unknown ? ["unknown"] : [random.weighted(GBV_PERPETRATORS.slice(0, -1))],
    reported: random.chance(0.2),
    servicesReceived: random.chance(0.6) ? ["medical_care", "psychological_support"] : undefined,
  } satisfies SgbvIncident);
}
