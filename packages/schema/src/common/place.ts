import type * as z from "zod";
import { country } from "../codes/country/country.codes.js";
import { defineObject, field } from "../meta/registry.js";
import { oneCode } from "./code-field.js";
import { Latitude, Longitude, ShortText } from "./primitives.js";

/**
 * Declares a place object. HTCDS spells the same address parts with a different prefix per table
 * (`prs_Mailing*`, `org_Shipping*`, `hte_*`), so each use gets its own object and mappings.
 */
export function definePlace<const N extends string>(name: N, htcdsPrefix: string, personal: boolean) {
  const area = personal ? "quasi" : "none";
  const exact = personal ? "direct" : "none";
  const htcds = (part: string) => ({ htcds: [`${htcdsPrefix}${part}`] });
  return defineObject(name, {
    country: oneCode(country, { pii: area, mappings: htcds("Country") }).optional(),
    region: field(ShortText.optional(), { pii: area, mappings: htcds("State") }),
    city: field(ShortText.optional(), { pii: area, mappings: htcds("City") }),
    street: field(ShortText.optional(), { pii: exact, mappings: htcds("Street") }),
    postalCode: field(ShortText.optional(), { pii: area, mappings: htcds("PostalCode") }),
    latitude: field(Latitude.optional(), { pii: exact, mappings: htcds("Latitude") }),
    longitude: field(Longitude.optional(), { pii: exact, mappings: htcds("Longitude") }),
  });
}

/** A person's mailing address (HTCDS `prs_Mailing*`). Direct identifier down to the street. */
export const PersonAddress = definePlace("personAddress", "prs_Mailing", true);
export type PersonAddress = z.output<typeof PersonAddress>;

/** Where a step of the trafficking process happened (HTCDS `hte_*`). */
export const EventPlace = definePlace("eventPlace", "hte_", true);
export type EventPlace = z.output<typeof EventPlace>;

/** An organisation's address (HTCDS `org_Shipping*`); public directory data, not personal. */
export const AgencyAddress = definePlace("agencyAddress", "org_Shipping", false);
export type AgencyAddress = z.output<typeof AgencyAddress>;
