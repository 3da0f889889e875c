import { COUNTRY_ALIASES, type CountryAlias } from "./country.aliases.js";
import { type CountryCode, country, type IsoCountryCode } from "./country.codes.js";
import { countryData, formerCountryData } from "./country.data.generated.js";
import { countryEn } from "./country.en.generated.js";

export type { CountryCode, IsoCountryCode } from "./country.codes.js";

type Alpha3 = (typeof countryData)[number]["alpha3"] | (typeof formerCountryData)[number]["alpha3"];
type M49 = (typeof countryData)[number]["m49"];

const byAlpha2 = new Map<string, (typeof countryData)[number]>(countryData.map((c) => [c.alpha2, c]));
const formerByAlpha2 = new Map<string, Alpha3>(formerCountryData.map((c) => [c.alpha2, c.alpha3]));
const byAlpha3 = new Map<string, CountryCode>([
  ...countryData.map((c) => [c.alpha3, c.alpha2] as const),
  // Former countries keep their alpha-3 code (CTDC's lookups write `ANT`).
  ...formerCountryData.map((c) => [c.alpha3, c.alpha2] as const),
]);
const byM49 = new Map<number, IsoCountryCode>(countryData.map((c) => [Number(c.m49), c.alpha2]));

/**
 * Reads a country written as ISO 3166-1 alpha-2 (`AR`), alpha-3 (`ARG`) or numeric / UN M49 code (`032`, `32`),
 * in any letter case and with surrounding spaces, and returns its alpha-2 code; `undefined` when it is none of
 * these. `XX` (unknown), `XK` (Kosovo) and former countries (`AN`, `ANT`) are accepted as themselves; CTDC's
 * `00` is not a code here (map it with the list's `ctdc` mapping). Note that `NA` is Namibia, not a missing value.
 */
export function toAlpha2(input: string): CountryCode | undefined {
  const value = input.trim().toUpperCase();
  if (/^[A-Z]{2}$/.test(value)) return country.has(value) ? value : undefined;
  if (/^[A-Z]{3}$/.test(value)) return byAlpha3.get(value);
  if (/^\d{1,3}$/.test(value.replace(/^0+(?=\d)/, ""))) return byM49.get(Number(value));
  return undefined;
}

/**
 * The ISO 3166-1 alpha-3 code of a country (`AR` → `ARG`), a former country's withdrawn one (`AN` → `ANT`,
 * as CTDC writes it); `undefined` for `XX` and `XK`, which have none.
 */
export function alpha3Of(code: IsoCountryCode): Alpha3;
export function alpha3Of(code: CountryCode): Alpha3 | undefined;
export function alpha3Of(code: CountryCode): Alpha3 | undefined {
  return byAlpha2.get(code)?.alpha3 ?? formerByAlpha2.get(code);
}

/** The numeric / UN M49 code of a country as three digits (`AR` → `032`); `undefined` for `XX` and `XK`. */
export function m49Of(code: IsoCountryCode): M49;
export function m49Of(code: CountryCode): M49 | undefined;
export function m49Of(code: CountryCode): M49 | undefined {
  return byAlpha2.get(code)?.m49;
}

/** Case, accents and punctuation folded: `Côte d'Ivoire` and `COTE D IVOIRE` meet. */
function foldName(text: string): string {
  return text
    .normalize("NFD")
    .replace(/\p{M}/gu, "")
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, " ")
    .trim();
}

let namesIndex: Map<string, CountryCode> | undefined;
let formerCodes: Map<string, IsoCountryCode> | undefined;

function buildNames(): Map<string, CountryCode> {
  const names = new Map<string, CountryCode>();
  const shortNames = new Map<string, CountryCode | undefined>();
  for (const code of country.codes) {
    const label = countryEn[code].label;
    names.set(foldName(label), code);
    // `Netherlands (Kingdom of the)` is also `Netherlands`, unless two countries share the short name (Congo).
    const short = foldName(label.replace(/\s*\([^)]*\)\s*$/, ""));
    shortNames.set(short, shortNames.has(short) ? undefined : code);
  }
  for (const [code, alias] of Object.entries(COUNTRY_ALIASES) as [IsoCountryCode, CountryAlias][])
    for (const name of alias.names ?? []) names.set(foldName(name), code);
  for (const [short, code] of shortNames) if (code !== undefined && !names.has(short)) names.set(short, code);
  return names;
}

/**
 * Reads a country written as a code (`toAlpha2`), a withdrawn code with one successor (`ZR` → `CD`), its
 * English name (`Türkiye`, or `turkiye`: case and accents do not matter) or a former or other
 * English name listed in `COUNTRY_ALIASES` (`Turkey`, `Swaziland`, `Burma`). `undefined` when it is none.
 */
export function readCountry(input: string): CountryCode | undefined {
  const code = toAlpha2(input);
  if (code !== undefined) return code;
  const value = input.trim();
  if (value.length === 0 || value.length > 80) return undefined;
  formerCodes ??= new Map(
    (Object.entries(COUNTRY_ALIASES) as [IsoCountryCode, CountryAlias][]).flatMap(([successor, alias]) =>
      (alias.formerCodes ?? []).map((former) => [former, successor] as const),
    ),
  );
  const former = formerCodes.get(value.toUpperCase());
  if (former !== undefined) return former;
  namesIndex ??= buildNames();
  return namesIndex.get(foldName(value));
}
