import * as z from "zod";
import { consentPurpose } from "../codes/consent-purpose/consent-purpose.codes.js";
import { country } from "../codes/country/country.codes.js";
import { defineObject, field } from "../meta/registry.js";
import { manyCodes } from "./code-field.js";
import { IsoDate, Uuid } from "./primitives.js";

/** The HTCDS consent notes list what the person must be told; each is a yes/no here. */
const informed = () => field(z.boolean().optional(), { pii: "none" });

/**
 * A person's informed consent to a use of their data: for which purposes, to which recipients, since and
 * until when. Export gates and referrals check recipients and purposes against it.
 */
export const ConsentRecord = defineObject("consent", {
  id: field(Uuid, { pii: "none" }),
  given: field(z.boolean(), { pii: "none", mappings: { htcds: ["con_Consent"] } }),
  givenOn: field(IsoDate.optional(), { pii: "quasi" }),
  purposes: manyCodes(consentPurpose, { pii: "none" }),
  recipientAgencyIds: field(z.array(Uuid).optional(), { pii: "none" }),
  recipientCountries: manyCodes(country, { pii: "none" }).optional(),
  recordedByAgencyId: field(Uuid.optional(), { pii: "none" }),
  expiresOn: field(IsoDate.optional(), { pii: "none" }),
  withdrawnOn: field(IsoDate.optional(), { pii: "quasi" }),
  informedOfPurpose: informed(),
  informedOfDataUse: informed(),
  informedOfResearchUse: informed(),
  informedOfRightOfAccess: informed(),
  informedOfRetention: informed(),
  informedOfWithdrawal: informed(),
});
export type ConsentRecord = z.output<typeof ConsentRecord>;
