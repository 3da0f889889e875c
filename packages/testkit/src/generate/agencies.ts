import type { Agency, CountryCode } from "@tip/schema";
import type { Random } from "../random/random.js";
import {
  type AgencyTemplate,
  DOMESTIC_AGENCIES,
  type DomesticRole,
  PARTNER_AGENCIES,
} from "./agency-templates.js";
import { fictionalWord } from "./names.js";
import { prune } from "./prune.js";

/** The agency directory of a generated data set. */
export interface Directory {
  /** Agencies of the reporting country, by role. */
  readonly domestic: Readonly<Record<DomesticRole, Agency>>;
  /** One agency per partner country. */
  readonly partners: ReadonlyMap<CountryCode, Agency>;
  /** Every agency, domestic first. */
  readonly all: readonly Agency[];
}

function slug(text: string): string {
  return text
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-|-$/g, "");
}

function agencyOf(random: Random, template: AgencyTemplate, country: CountryCode, index: number): Agency {
  const city = `${fictionalWord(random)} City`;
  const host = `${slug(template.name)}-${country.toLowerCase()}.example.org`;
  // +999 is not assigned to any country: the numbers are valid E.164 and reach nobody.
  const phone = `+999${String(5550100 + index).padStart(8, "0")}`;
  return prune({
    recordType: "agency",
    id: random.uuid(),
    name: template.name,
    types: [...template.types],
    country,
    address: { country, city },
    phone,
    email: `contact@${host}`,
    website: `https://${host}`,
    services: template.services.length > 0 ? [...template.services] : undefined,
    areasServed: [country],
    contactPoints: [
      {
        role: "Focal point on trafficking in persons",
        email: `focal.point@${host}`,
        phone,
        available24h: template.hotline,
      },
    ],
    hotline: template.hotline,
  } satisfies Agency);
}

/** Builds the directory: the reporting country's agencies and one agency in each partner country. */
export function buildDirectory(
  random: Random,
  country: CountryCode,
  partners: readonly CountryCode[],
): Directory {
  let index = 0;
  const domestic = Object.fromEntries(
    (Object.entries(DOMESTIC_AGENCIES) as [DomesticRole, AgencyTemplate][]).map(([role, template]) => [
      role,
      agencyOf(random, template, country, index++),
    ]),
  ) as Record<DomesticRole, Agency>;
  const partnerAgencies = new Map(
    partners.map((partner, i) => [
      partner,
      agencyOf(random, PARTNER_AGENCIES[i % PARTNER_AGENCIES.length] as AgencyTemplate, partner, index++),
    ]),
  );
  return {
    domestic,
    partners: partnerAgencies,
    all: [...Object.values(domestic), ...partnerAgencies.values()],
  };
}
