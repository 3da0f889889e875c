import { type CountryCode, country, type IsoCountryCode } from "./country.codes.js";
import { countryData } from "./country.data.generated.js";

export type { CountryCode, IsoCountryCode } from "./country.codes.js";

type Alpha3 = (typeof countryData)[number]["alpha3"];
type M49 = (typeof countryData)[number]["m49"];

const byAlpha2 = new Map<string, (typeof countryData)[number]>(countryData.map((c) => [c.alpha2, c]));
const byAlpha3 = new Map<string, IsoCountryCode>(countryData.map((c) => [c.alpha3, c.alpha2]));
const byM49 = new Map<number, IsoCountryCode>(countryData.map((c) => [Number(c.m49), c.alpha2]));

/**
 * Reads a country written as ISO 3166-1 alpha-2 (`AR`), alpha-3 (`ARG`) or numeric / UN M49 code (`032`, `32`),
 * in any letter case and with surrounding spaces, and returns its alpha-2 code; `undefined` when it is none of
 * these. `XX` (unknown) is accepted as itself; CTDC's `00` is not a code here (map it with the list's `ctdc`
 * mapping). Note that `NA` is Namibia, not a missing value.
 */
export function toAlpha2(input: string): CountryCode | undefined {
  const value = input.trim().toUpperCase();
  if (/^[A-Z]{2}$/.test(value)) return country.has(value) ? value : undefined;
  if (/^[A-Z]{3}$/.test(value)) return byAlpha3.get(value);
  if (/^\d{1,3}$/.test(value.replace(/^0+(?=\d)/, ""))) return byM49.get(Number(value));
  return undefined;
}

/** The ISO 3166-1 alpha-3 code of a country (`AR` → `ARG`); `undefined` for `XX`, which has none. */
export function alpha3Of(code: IsoCountryCode): Alpha3;
export function alpha3Of(code: CountryCode): Alpha3 | undefined;
export function alpha3Of(code: CountryCode): Alpha3 | undefined {
  return byAlpha2.get(code)?.alpha3;
}

/** The numeric / UN M49 code of a country as three digits (`AR` → `032`); `undefined` for `XX`. */
export function m49Of(code: IsoCountryCode): M49;
export function m49Of(code: CountryCode): M49 | undefined;
export function m49Of(code: CountryCode): M49 | undefined {
  return byAlpha2.get(code)?.m49;
}
