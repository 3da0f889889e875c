import { ageBandOf, ageInYears, type CountryCode, majorityStatusOfAge, type Victim } from "@tip/schema";
import type { Random } from "../random/random.js";
import { dateOf } from "./calendar.js";
import type { Code } from "./codes.js";
import type { Neighbourhood } from "./countries.js";
import {
  ADULT_AGE,
  CHILD_AGE,
  CHILD_SHARE,
  FOREIGN_MIGRATION_STATUS,
  SEX_BY_FORM,
  SEX_OTHERWISE,
  USUAL_GENDER,
  VULNERABILITY,
} from "./distributions.js";
import { drawDistinct, drawInRange } from "./draw.js";
import { fictionalPerson } from "./names.js";
import type { CaseScenario } from "./scenario.js";
import type { Timeline } from "./timeline.js";

/** The personal part of a victim record, with the true ages the rest of the record depends on. */
export interface Person {
  readonly fields: Partial<Victim>;
  /** Age at exploitation in completed years (whether or not the record shows it). */
  readonly ageAtExploitation: number;
  /** Age at the first act, which decides child status (Palermo Art. 3(c)/(d)). */
  readonly ageAtRecruitment: number;
  readonly citizenships: readonly CountryCode[];
  /** Not a citizen of the reporting country. */
  readonly foreign: boolean;
}

const OTHER_GENDERS: readonly Code<"gender">[] = [
  "transgender_feminine",
  "transgender_masculine",
  "non_conforming",
];

function drawCitizenships(
  random: Random,
  country: CountryCode,
  neighbourhood: Neighbourhood,
  scenario: CaseScenario,
): CountryCode[] {
  const first = random.chance(0.85)
    ? scenario.origin
    : random.weighted<CountryCode>([
        [country, 40],
        [random.pick(neighbourhood.partners), 40],
        [random.pick(neighbourhood.region), 20],
      ]);
  if (!random.chance(0.03)) return [first];
  const second = first === country ? random.pick(neighbourhood.partners) : country;
  return [first, second];
}

/** Draws sex, age, birth date, citizenship and circumstances of a victim, consistent with the timeline. */
export function drawPerson(
  random: Random,
  country: CountryCode,
  neighbourhood: Neighbourhood,
  scenario: CaseScenario,
  timeline: Timeline,
): Person {
  const form = scenario.primaryForm;
  const child = random.chance(CHILD_SHARE[form]);
  const targetAge = drawInRange(random, child ? CHILD_AGE : ADULT_AGE);
  const birthDay = timeline.startDay - Math.floor((targetAge + random.int(2, 98) / 100) * 365.2425);
  const birthDate = dateOf(birthDay);
  const ageAtRecruitment = ageInYears(birthDate, dateOf(timeline.recruitmentDay));
  const ageAtExploitation = ageInYears(birthDate, dateOf(timeline.startDay));
  const ageAtIdentification = ageInYears(birthDate, dateOf(timeline.identificationDay));

  const sex = random.weighted(SEX_BY_FORM[form] ?? SEX_OTHERWISE);
  const gender = random.chance(0.6)
    ? random.chance(0.96)
      ? USUAL_GENDER[sex]
      : random.pick(OTHER_GENDERS)
    : undefined;
  const stateless = random.chance(0.01);
  const citizenships = stateless ? [] : drawCitizenships(random, country, neighbourhood, scenario);
  const foreign = !citizenships.includes(country);
  const migrationStatus: Code<"migration_status"> = stateless
    ? "stateless"
    : foreign
      ? random.weighted(FOREIGN_MIGRATION_STATUS)
      : "national";
  const vulnerabilityFactors = drawDistinct(random, VULNERABILITY, random.int(0, 2));
  if (migrationStatus === "irregular_migrant" && random.chance(0.6))
    vulnerabilityFactors.push("irregular_migration_status");
  if (child && foreign && random.chance(0.3)) vulnerabilityFactors.push("unaccompanied_child");

  const birthShown = random.weighted([
    ["date", 65],
    ["year", 20],
    ["none", 15],
  ] as const);
  const adult = ageAtIdentification >= 18;
  return {
    ageAtExploitation,
    ageAtRecruitment,
    citizenships,
    foreign,
    fields: {
      ...(random.chance(0.6) ? fictionalPerson(random) : {}),
      birthDate: birthShown === "date" ? birthDate : undefined,
      birthYear:
        birthShown === "year" || (birthShown === "date" && random.chance(0.5))
          ? Number(birthDate.slice(0, 4))
          : undefined,
      ageAtIdentification: random.chance(0.95) ? ageAtIdentification : undefined,
      ageAtRecruitment: random.chance(0.5) ? ageAtRecruitment : undefined,
      ageAtExploitation: random.chance(0.85) ? ageAtExploitation : undefined,
      ageBand: ageBandOf(ageAtIdentification),
      majorityStatus: majorityStatusOfAge(ageAtIdentification),
      majorityStatusAtExploitation: majorityStatusOfAge(ageAtExploitation),
      sex,
      gender,
      maritalStatus:
        adult && random.chance(0.3)
          ? random.weighted<Code<"marital_status">>([
              ["single", 60],
              ["married", 20],
              ["separated", 10],
              ["divorced", 5],
              ["widowed", 5],
            ])
          : undefined,
      numberOfChildren:
        adult && random.chance(0.3)
          ? random.weighted([
              [0, 40],
              [1, 30],
              [2, 20],
              [3, 10],
            ] as const)
          : undefined,
      citizenships: stateless ? undefined : citizenships,
      stateless: stateless ? true : undefined,
      migrationStatus,
      vulnerabilityFactors: vulnerabilityFactors.length > 0 ? vulnerabilityFactors : undefined,
    },
  };
}
