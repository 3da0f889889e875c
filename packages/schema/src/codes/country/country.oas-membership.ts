import type { CountryCode } from "./country.codes.js";

/**
 * One period of membership in the Organization of American States. Dates are ISO `YYYY-MM-DD`; `from` is the
 * first day of membership and `to`, when present, the day it ended (the state is no longer a member on `to`).
 */
export interface MembershipPeriod {
  readonly from: string;
  readonly to?: string;
  /** Context that the dates do not say; contains "unverified" when a date still needs checking. */
  readonly note?: string;
}

const CHARTER = "1948-04-30";
const FOUNDING_NOTE =
  "Signed the OAS Charter at Bogotá on 1948-04-30 (in force 1951-12-13); dated here from the signature.";
const DAY_UNVERIFIED = "Year of joining certain; day unverified (date the ratification was deposited).";

/**
 * OAS membership as dated data, for the 35 member states (21 founding signatories of the 1948 Charter and 14
 * later members). Membership changes over time, so ask `isOasMember(code, onDate)` rather than keep a fixed
 * list. Participation limits that did not end membership (Cuba 1962, Honduras 2009–2011) are notes only.
 */
export const OAS_MEMBERSHIP: Readonly<Partial<Record<CountryCode, readonly MembershipPeriod[]>>> = {
  AG: [{ from: "1981-12-03", note: DAY_UNVERIFIED }],
  AR: [{ from: CHARTER, note: FOUNDING_NOTE }],
  BB: [{ from: "1967-11-15", note: DAY_UNVERIFIED }],
  BO: [{ from: CHARTER, note: FOUNDING_NOTE }],
  BR: [{ from: CHARTER, note: FOUNDING_NOTE }],
  BS: [{ from: "1982-03-03", note: DAY_UNVERIFIED }],
  BZ: [{ from: "1991-01-08", note: DAY_UNVERIFIED }],
  CA: [{ from: "1990-01-08", note: `Signed the Charter in November 1989. ${DAY_UNVERIFIED}` }],
  CL: [{ from: CHARTER, note: FOUNDING_NOTE }],
  CO: [{ from: CHARTER, note: FOUNDING_NOTE }],
  CR: [{ from: CHARTER, note: FOUNDING_NOTE }],
  CU: [
    {
      from: CHARTER,
      note:
        `${FOUNDING_NOTE} The government of Cuba was excluded from participation in the OAS in January 1962; ` +
        "the OAS General Assembly lifted that 1962 resolution in June 2009, but Cuba has not resumed " +
        "participation. Cuba remains a member state.",
    },
  ],
  DM: [{ from: "1979-05-22", note: DAY_UNVERIFIED }],
  DO: [{ from: CHARTER, note: FOUNDING_NOTE }],
  EC: [{ from: CHARTER, note: FOUNDING_NOTE }],
  GD: [{ from: "1975-05-13", note: DAY_UNVERIFIED }],
  GT: [{ from: CHARTER, note: FOUNDING_NOTE }],
  GY: [{ from: "1991-01-08", note: DAY_UNVERIFIED }],
  HN: [
    {
      from: CHARTER,
      note:
        `${FOUNDING_NOTE} Suspended from participation under the Inter-American Democratic Charter from ` +
        "July 2009 to June 2011; membership continued.",
    },
  ],
  HT: [{ from: CHARTER, note: FOUNDING_NOTE }],
  JM: [{ from: "1969-06-20", note: DAY_UNVERIFIED }],
  KN: [{ from: "1984-03-16", note: DAY_UNVERIFIED }],
  LC: [{ from: "1979-05-22", note: DAY_UNVERIFIED }],
  MX: [{ from: CHARTER, note: FOUNDING_NOTE }],
  NI: [
    {
      from: CHARTER,
      to: "2023-11-19",
      note:
        `${FOUNDING_NOTE} Nicaragua denounced the Charter on 2021-11-19; the withdrawal took effect two years ` +
        "later, on 2023-11-19.",
    },
  ],
  PA: [{ from: CHARTER, note: FOUNDING_NOTE }],
  PE: [{ from: CHARTER, note: FOUNDING_NOTE }],
  PY: [{ from: CHARTER, note: FOUNDING_NOTE }],
  SR: [{ from: "1977-02-22", note: DAY_UNVERIFIED }],
  SV: [{ from: CHARTER, note: FOUNDING_NOTE }],
  TT: [{ from: "1967-03-17", note: DAY_UNVERIFIED }],
  US: [{ from: CHARTER, note: FOUNDING_NOTE }],
  UY: [{ from: CHARTER, note: FOUNDING_NOTE }],
  VC: [{ from: "1981-12-03", note: DAY_UNVERIFIED }],
  VE: [
    {
      from: CHARTER,
      note:
        `${FOUNDING_NOTE} Disputed: the Maduro government denounced the Charter in April 2017, to take effect ` +
        "in April 2019; that month the OAS Permanent Council accepted a representative named by the " +
        "National Assembly, which held the denunciation void. The OAS's own list of member states still includes Venezuela, " +
        "so it is kept as a member here.",
    },
  ],
};

const ISO_DATE = /^\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/;

/**
 * Whether a state was a member of the OAS on a date (`YYYY-MM-DD`), by the periods in `OAS_MEMBERSHIP`.
 * Non-member and unknown codes (including `XX`) give `false`. Throws a `RangeError` for a malformed date.
 */
export function isOasMember(code: CountryCode, onDate: string): boolean {
  if (!ISO_DATE.test(onDate)) throw new RangeError(`isOasMember: "${onDate}" is not a YYYY-MM-DD date`);
  const periods = OAS_MEMBERSHIP[code] ?? [];
  return periods.some((p) => p.from <= onDate && (p.to === undefined || onDate < p.to));
}

/** The OAS member states on a date (`YYYY-MM-DD`), in alpha-2 order. */
export function oasMembersOn(onDate: string): CountryCode[] {
  return (Object.keys(OAS_MEMBERSHIP) as CountryCode[]).filter((code) => isOasMember(code, onDate)).sort();
}
