import type { IsoCountryCode } from "./country.codes.js";

/** Other names a country is written with, and withdrawn codes that have exactly one successor. */
export interface CountryAlias {
  /** Former English names (`Turkey`, before 2022) and common English names other than the ISO short name. */
  readonly names?: readonly string[];
  /** ISO 3166-1 alpha-2 codes withdrawn in favour of this one alone (ISO 3166-3: `ZR` Zaire, 1974–1997). */
  readonly formerCodes?: readonly string[];
}

/**
 * Country names and codes that real files still carry: CTDC's global data set and its data dictionary (2021)
 * use names and codes valid when a case was recorded. Versioned data, read by `readCountry`: add a name here,
 * never in a reader. Withdrawn codes with several successors (`AN` Netherlands Antilles, `YU`, `CS`) are not
 * aliases: no single country can be told from them, so they are codes of their own, marked as former
 * countries (`isFormerCountry`), and a record holding one gets a `former_country_code` warning.
 */
export const COUNTRY_ALIASES: Readonly<Partial<Record<IsoCountryCode, CountryAlias>>> = {
  BO: { names: ["Bolivia"] },
  CD: {
    names: ["Zaire", "Democratic Republic of the Congo", "Congo, Democratic Republic of the"],
    formerCodes: ["ZR"],
  },
  CG: { names: ["Republic of the Congo"] },
  CI: { names: ["Ivory Coast"] },
  CV: { names: ["Cape Verde"] },
  CZ: { names: ["Czech Republic"] },
  FM: { names: ["Micronesia"] },
  GB: { names: ["United Kingdom", "Great Britain"] },
  IR: { names: ["Iran"] },
  KP: { names: ["North Korea", "Korea, Democratic People's Republic of"] },
  KR: { names: ["South Korea", "Korea, Republic of"] },
  LA: { names: ["Laos"] },
  MD: { names: ["Moldova"] },
  MK: {
    names: [
      "Macedonia",
      "The former Yugoslav Republic of Macedonia",
      "Macedonia, the former Yugoslav Republic of",
    ],
  },
  MM: { names: ["Burma"], formerCodes: ["BU"] },
  NL: { names: ["Netherlands", "Holland"] },
  RU: { names: ["Russia"] },
  SY: { names: ["Syria"] },
  SZ: { names: ["Swaziland"] },
  TL: { names: ["East Timor"], formerCodes: ["TP"] },
  TR: { names: ["Turkey"] },
  TZ: { names: ["Tanzania"] },
  US: { names: ["United States"] },
  VE: { names: ["Venezuela"] },
  VN: { names: ["Vietnam"] },
};
