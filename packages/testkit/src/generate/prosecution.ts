import type {
  AssetAction,
  CountryCode,
  CriminalGroup,
  FinancialInquiry,
  LegalAssistanceRequest,
  Operation,
  TipRecord,
} from "@tip/schema";
import type { Random } from "../random/random.js";
import { dateOf } from "./calendar.js";
import type { GeneratedCase } from "./case.js";
import type { Code } from "./codes.js";
import { prune } from "./prune.js";
import type { CaseScenario } from "./scenario.js";
import type { World } from "./world.js";

/** Structures of the groups behind generated cases: small core groups and loose networks are the most common. */
const STRUCTURE = [
  ["core_group", 35],
  ["criminal_network", 30],
  ["standard_hierarchy", 15],
  ["regional_hierarchy", 10],
  ["clustered_hierarchy", 10],
] as const satisfies readonly (readonly [Code<"criminal_group_structure">, number])[];

const INQUIRY_KIND = [
  ["parallel_financial_investigation", 35],
  ["suspicious_transaction_report", 25],
  ["financial_intelligence_report", 20],
  ["money_laundering_investigation", 20],
] as const satisfies readonly (readonly [Code<"financial_inquiry_kind">, number])[];

const LEGAL_BASIS = [
  ["untoc_article_18", 40],
  ["inter_american_convention", 30],
  ["bilateral_treaty", 20],
  ["reciprocity", 10],
] as const satisfies readonly (readonly [Code<"legal_assistance_basis">, number])[];

const ASSISTANCE_TYPES: readonly Code<"legal_assistance_type">[] = [
  "taking_evidence",
  "service_of_documents",
  "search_seizure_freezing",
  "documents_and_records",
  "tracing_proceeds",
  "voluntary_appearance",
];

/** ICCS codes of the offences besides trafficking that groups are linked to: money laundering, participation. */
const GROUP_OFFENCES: readonly Code<"iccs_code">[] = ["07041", "09051"];

/**
 * The prosecution side of the cases of a data set: for a case with perpetrators, sometimes the organised group
 * behind them, the operation that dismantled it, a financial inquiry into its assets and a request for mutual
 * legal assistance to the country of origin. Every id points at a record of the data set: the case, its
 * perpetrators, the agencies of the directory, the group built here.
 */
export function* prosecutionRecordsOf(
  random: Random,
  world: World,
  scenario: CaseScenario,
  generated: GeneratedCase,
): Generator<TipRecord, void, undefined> {
  const perpetratorIds = scenario.perpetratorIds;
  if (perpetratorIds.length === 0) return;
  const organised =
    generated.organisedCrime === "organised_criminal_group" ||
    generated.organisedCrime === "transnational_network";
  const abroad = scenario.origin !== world.country;
  const countries = [
    ...new Set<CountryCode>([
      world.country,
      scenario.origin,
      ...(scenario.transit ? [scenario.transit] : []),
    ]),
  ];
  const group =
    organised && random.chance(0.7) ? buildGroup(random, scenario, generated, countries, abroad) : undefined;
  if (group !== undefined) yield group;
  if (group !== undefined ? random.chance(0.7) : random.chance(0.15))
    yield buildOperation(random, world, scenario, group);
  if (group !== undefined ? random.chance(0.5) : random.chance(0.1))
    yield buildInquiry(random, world, scenario, group);
  if (abroad && random.chance(0.4)) yield buildRequest(random, world, scenario);
}

function assetActionsOf(random: Random, firstDay: number): AssetAction[] {
  const value = random.int(20, 2000) * 100;
  const actions: AssetAction[] = [{ action: "identified", value, currency: "USD", date: dateOf(firstDay) }];
  if (random.chance(0.6)) {
    const frozenDay = firstDay + random.int(5, 60);
    actions.push({ action: "frozen", value, currency: "USD", date: dateOf(frozenDay) });
    if (random.chance(0.4)) {
      const share = random.int(30, 100);
      const confiscated = Math.round((value * share) / 100);
      actions.push({
        action: "confiscated",
        value: confiscated,
        currency: "USD",
        date: dateOf(frozenDay + random.int(180, 700)),
      });
    }
  }
  return actions;
}

function buildGroup(
  random: Random,
  scenario: CaseScenario,
  generated: GeneratedCase,
  countries: readonly CountryCode[],
  abroad: boolean,
): CriminalGroup {
  const trafficking = generated.record.iccsCodes ?? [];
  const offences = [...new Set([...trafficking, ...random.sample(GROUP_OFFENCES, random.int(0, 2))])];
  return prune({
    recordType: "criminalGroup",
    id: random.uuid(),
    structure: random.weighted(STRUCTURE),
    transnational: abroad,
    countries: [...countries],
    offences: offences.length > 0 ? offences : undefined,
    // Three or more persons (UNTOC Art. 2(a)); more members than the perpetrators the case knows of.
    estimatedMembers: Math.max(3, scenario.perpetratorIds.length) + random.int(0, 25),
    assetActions: random.chance(0.3)
      ? assetActionsOf(random, scenario.identificationDay + random.int(10, 90))
      : undefined,
    perpetratorIds: [...scenario.perpetratorIds],
    caseIds: [scenario.caseId],
  } satisfies CriminalGroup);
}

function buildOperation(
  random: Random,
  world: World,
  scenario: CaseScenario,
  group: CriminalGroup | undefined,
): Operation {
  const partner = world.directory.partners.get(scenario.origin);
  const joint = partner !== undefined && random.chance(0.5);
  const police = world.directory.domestic.police.id;
  const startDay = scenario.identificationDay - random.int(5, 60);
  const perpetrators = scenario.perpetratorIds.length;
  return prune({
    recordType: "operation",
    id: random.uuid(),
    kind: joint ? "joint_investigation_team" : "operation",
    leadAgencyId: police,
    agencyIds: joint ? [police, partner.id] : [police, world.directory.domestic.labour.id],
    countries: joint ? [world.country, scenario.origin] : [world.country],
    startedOn: dateOf(startDay),
    endedOn: random.chance(0.8) ? dateOf(scenario.identificationDay + random.int(0, 90)) : undefined,
    personsIdentified: perpetrators + random.int(0, 4),
    arrests: random.int(0, perpetrators + 1),
    victimsRescued: scenario.victimIds.length + random.int(0, 3),
    caseIds: [scenario.caseId],
    perpetratorIds: [...scenario.perpetratorIds],
    criminalGroupIds: group === undefined ? undefined : [group.id],
  } satisfies Operation);
}

function buildInquiry(
  random: Random,
  world: World,
  scenario: CaseScenario,
  group: CriminalGroup | undefined,
): FinancialInquiry {
  const openedDay = scenario.identificationDay + random.int(10, 120);
  const kind = random.weighted(INQUIRY_KIND);
  const closed = random.chance(0.5);
  const outcome = closed
    ? random.weighted<Code<"financial_inquiry_outcome">>([
        ["charges_brought", 35],
        ["conviction", 25],
        ["disseminated", 25],
        ["closed_without_action", 15],
      ])
    : "ongoing";
  return prune({
    recordType: "financialInquiry",
    id: random.uuid(),
    kind,
    openedOn: dateOf(openedDay),
    closedOn: closed ? dateOf(openedDay + random.int(90, 900)) : undefined,
    country: world.country,
    agencyId:
      kind === "money_laundering_investigation"
        ? world.directory.domestic.prosecution.id
        : world.directory.domestic.police.id,
    caseIds: [scenario.caseId],
    perpetratorIds: [...scenario.perpetratorIds],
    criminalGroupIds: group === undefined ? undefined : [group.id],
    assetActions: random.chance(0.7) ? assetActionsOf(random, openedDay + random.int(0, 30)) : undefined,
    outcome,
  } satisfies FinancialInquiry);
}

function buildRequest(random: Random, world: World, scenario: CaseScenario): LegalAssistanceRequest {
  const sentDay = scenario.identificationDay + random.int(30, 200);
  const receivedDay = sentDay + random.int(2, 30);
  const status = random.weighted<Code<"legal_assistance_status">>([
    ["pending", 30],
    ["executed", 35],
    ["partly_executed", 20],
    ["refused", 10],
    ["withdrawn", 5],
  ]);
  return prune({
    recordType: "legalAssistanceRequest",
    id: random.uuid(),
    direction: "sent",
    requestingCountry: world.country,
    requestedCountry: scenario.origin,
    requestingAgencyId: world.directory.domestic.prosecution.id,
    requestedAgencyId: world.directory.partners.get(scenario.origin)?.id,
    legalBasis: random.weighted(LEGAL_BASIS),
    assistanceTypes: random.sample(ASSISTANCE_TYPES, random.int(1, 3)),
    sentOn: dateOf(sentDay),
    receivedOn: dateOf(receivedDay),
    status,
    closedOn: status === "pending" ? undefined : dateOf(receivedDay + random.int(20, 400)),
    caseId: scenario.caseId,
  } satisfies LegalAssistanceRequest);
}
