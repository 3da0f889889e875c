import type { Mappings } from "../../meta/mappings.js";
import { type CodeOf, defineCodeList } from "../define-code-list.js";
import { countryData } from "./country.data.generated.js";

/** An ISO 3166-1 alpha-2 code of the 249 assigned countries (no user-assigned code). */
export type IsoCountryCode = (typeof countryData)[number]["alpha2"];

const isoEntries: Record<string, Mappings> = Object.fromEntries(countryData.map((c) => [c.alpha2, {}]));

/**
 * Countries and territories by ISO 3166-1 alpha-2 code (CTDC's global files and HTCDS use the same codes),
 * plus two user-assigned codes: `XX` for a country that is unknown or not specified (CTDC writes it `00`), and
 * `XK` for Kosovo, which ISO 3166-1 does not list (the code the European Commission, the IMF and CTDC use).
 * Alpha-3 and M49 codes are in `country.data.generated.ts`; see `toAlpha2`, `alpha3Of` and `m49Of`.
 */
export const country = defineCodeList("country", {
  ...(isoEntries as Record<IsoCountryCode, Mappings>),
  XX: { ctdc: ["00"] },
  XK: {},
});

/** A code of the `country` list: an ISO 3166-1 alpha-2 code, `XX` (unknown / unspecified) or `XK` (Kosovo). */
export type CountryCode = CodeOf<typeof country>;
