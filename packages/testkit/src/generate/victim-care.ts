import {
  type Agency,
  type AssistanceRecord,
  CODE_LISTS,
  type CountryCode,
  type Identification,
} from "@tip/schema";
import type { Random } from "../random/random.js";
import type { Directory } from "./agencies.js";
import type { DomesticRole } from "./agency-templates.js";
import { dateOf } from "./calendar.js";
import type { Code } from "./codes.js";
import { AUTHORITY } from "./distributions.js";
import type { Timeline } from "./timeline.js";

/** Facts identification and assistance depend on. */
export interface CareContext {
  readonly country: CountryCode;
  readonly directory: Directory;
  readonly timeline: Timeline;
  readonly child: boolean;
  readonly foreign: boolean;
  readonly forms: readonly Code<"exploitation_form">[];
}

/** The domestic agency that acts for an identifying authority. */
function agencyFor(authority: Code<"identification_authority">, context: CareContext): DomesticRole {
  switch (authority) {
    case "police":
      return "police";
    case "ngo":
      return context.forms.includes("sexual_exploitation") ? "womensShelter" : "shelter";
    case "non_police_government":
      return context.child ? "child" : context.foreign ? "immigration" : "social";
    case "labour_inspectorate":
      return "labour";
    case "international_organisation":
      return "migration";
    case "court_or_prosecution":
      return "prosecution";
    default:
      return "hotline";
  }
}

/** Draws who identified the victim, when and where, and which indicators they saw. */
export function drawIdentification(random: Random, context: CareContext): Identification {
  const labour = context.forms.includes("forced_labour");
  const authority = random.weighted<Code<"identification_authority">>([
    ...AUTHORITY,
    ...(labour ? ([["labour_inspectorate", 15]] as const) : []),
    ...(context.child ? ([["non_police_government", 15]] as const) : []),
  ]);
  const indicators = CODE_LISTS.ilo_indicator.codes;
  return {
    status: random.chance(0.75) ? "identified" : "presumed",
    authority,
    agencyId: context.directory.domestic[agencyFor(authority, context)].id,
    date: dateOf(context.timeline.identificationDay),
    country: context.country,
    indicatorsObserved: random.chance(0.5) ? random.sample(indicators, random.int(1, 4)) : undefined,
  };
}

/** The first domestic agency of the directory that offers a service. */
function providerOf(directory: Directory, service: Code<"assistance_service">): Agency | undefined {
  return Object.values(directory.domestic).find((agency) => agency.services?.includes(service));
}

/** Draws the services a victim received after identification, each from an agency that offers it. */
export function drawAssistance(
  random: Random,
  context: CareContext,
  identified: boolean,
): AssistanceRecord[] {
  if (!random.chance(identified ? 0.85 : 0.5)) return [];
  const services: Code<"assistance_service">[] = [context.child ? "child_protection_services" : "shelter"];
  const extra: Code<"assistance_service">[] = ["medical_care", "psychological_support", "legal_aid"];
  if (context.foreign) extra.push("interpretation", "reflection_period", "residence_permit");
  services.push(...random.sample(extra, random.int(0, 2)));
  return services.map((service) => {
    const startDay = context.timeline.identificationDay + random.int(0, 10);
    return {
      service,
      providerAgencyId: providerOf(context.directory, service)?.id,
      startDate: dateOf(startDay),
      plannedEndDate: random.chance(0.4) ? dateOf(startDay + random.int(90, 365)) : undefined,
    };
  });
}
