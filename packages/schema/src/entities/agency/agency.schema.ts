import * as z from "zod";
import { agencyType } from "../../codes/agency-type/agency-type.codes.js";
import { assistanceService } from "../../codes/assistance-service/assistance-service.codes.js";
import { country } from "../../codes/country/country.codes.js";
import { languageCodeSet } from "../../codes/language/language.code-set.js";
import { manyCodes, oneCode } from "../../common/code-field.js";
import { AgencyAddress } from "../../common/place.js";
import { Email, LongText, PhoneE164, ShortText, Url, Uuid } from "../../common/primitives.js";
import { recordBase } from "../../common/record-base.js";
import { defineObject, field } from "../../meta/registry.js";
import { ContactPoint } from "./contact-point.js";

/**
 * A reporting entity or service provider (IC-TIP's reporting-entity unit; shaped after Open Referral HSDS):
 * ministries, police, prosecutors, shelters, hotlines, NGOs, international organisations.
 */
export const Agency = defineObject("agency", {
  ...recordBase("agency"),
  name: field(ShortText, { pii: "none", mappings: { htcds: ["org_Name"] } }),
  alternateName: field(ShortText.optional(), { pii: "none" }),
  description: field(LongText.optional(), { pii: "none" }),
  types: manyCodes(agencyType, { pii: "none", mappings: { htcds: ["org_Type"] } }),
  country: oneCode(country, { pii: "none" }),
  address: field(AgencyAddress.optional(), { pii: "none" }),
  phone: field(PhoneE164.optional(), { pii: "none", mappings: { htcds: ["org_Phone"] } }),
  email: field(Email.optional(), { pii: "none" }),
  website: field(Url.optional(), { pii: "none" }),
  services: manyCodes(assistanceService, { pii: "none" }).optional(),
  languages: manyCodes(languageCodeSet, { pii: "none" }).optional(),
  areasServed: manyCodes(country, { pii: "none" }).optional(),
  contactPoints: field(z.array(ContactPoint).optional(), { pii: "direct" }),
  parentAgencyId: field(Uuid.optional(), { pii: "none" }),
  legalStatus: field(ShortText.optional(), { pii: "none" }),
  hotline: field(z.boolean().optional(), { pii: "none" }),
});
export type Agency = z.output<typeof Agency>;
