import type { Mappings } from "../../meta/mappings.js";
import { type CodeOf, defineCodeList } from "../define-code-list.js";
import { formerCountryCodes, isoCountryCodes } from "./country.codes.generated.js";

/** An ISO 3166-1 alpha-2 code of the 249 assigned countries (no user-assigned code). */
export type IsoCountryCode = (typeof isoCountryCodes)[number];

/** A former country (ISO 3166-3) whose withdrawn code has several successors: `AN`, `CS`, `YU`. */
export type FormerCountryCode = (typeof formerCountryCodes)[number];

const isoEntries: Record<string, Mappings> = Object.fromEntries(isoCountryCodes.map((code) => [code, {}]));
const formerEntries: Record<string, Mappings> = Object.fromEntries(
  formerCountryCodes.map((code) => [code, { ctdc: [code] }]),
);

/**
 * Countries and territories by ISO 3166-1 alpha-2 code (CTDC's global files and HTCDS use the same codes),
 * plus two user-assigned codes: `XX` for a country that is unknown or not specified (CTDC writes it `00`), and
 * `XK` for Kosovo, which ISO 3166-1 does not list (the code the European Commission, the IMF and CTDC use).
 * Last, a clearly marked historical part: former countries whose code was withdrawn with no single successor
 * (`AN` Netherlands Antilles, `CS` Serbia and Montenegro, `YU` Yugoslavia), which CTDC's data still writes.
 * They are accepted so such records are kept, each with a `former_country_code` warning; `isFormerCountry`
 * tells them apart. Alpha-3 and M49 codes are in `country.data.generated.ts`; see `toAlpha2`, `alpha3Of`, `m49Of`.
 */
export const country = defineCodeList("country", {
  ...(isoEntries as Record<IsoCountryCode, Mappings>),
  XX: { ctdc: ["00"] },
  XK: {},
  ...(formerEntries as Record<FormerCountryCode, Mappings>),
});

const formerCodes = new Set<string>(formerCountryCodes);

/** Whether a country code is a former country (ISO 3166-3, several successors): `AN`, `CS`, `YU`. */
export function isFormerCountry(code: unknown): code is FormerCountryCode {
  return typeof code === "string" && formerCodes.has(code);
}

/** A code of the `country` list: ISO 3166-1 alpha-2, `XX` (unknown), `XK` (Kosovo) or a former country. */
export type CountryCode = CodeOf<typeof country>;
