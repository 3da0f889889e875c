import { CODE_LISTS, type CountryCode, isOasMember } from "@tip/schema";
import type { Random } from "../random/random.js";
import { PERIOD } from "./period.js";

/** The countries a reporting country exchanges with: a few partners (with an agency each) and the rest of the region. */
export interface Neighbourhood {
  /** Partner countries, each with an agency in the directory; cross-border referrals go there. */
  readonly partners: readonly CountryCode[];
  /** The other OAS member states. */
  readonly region: readonly CountryCode[];
}

/** Picks `partnerCount` partners among the OAS member states other than the reporting country. */
export function chooseNeighbourhood(
  random: Random,
  country: CountryCode,
  partnerCount: number,
): Neighbourhood {
  const oas = CODE_LISTS.country.codes.filter(
    (code) => code !== country && code !== "XX" && isOasMember(code, PERIOD.membershipOn),
  );
  const partners = random.sample(oas, partnerCount);
  return { partners, region: oas.filter((code) => !partners.includes(code)) };
}
