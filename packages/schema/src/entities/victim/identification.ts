import type * as z from "zod";
import { country } from "../../codes/country/country.codes.js";
import { identificationAuthority } from "../../codes/identification-authority/identification-authority.codes.js";
import { identificationStatus } from "../../codes/identification-status/identification-status.codes.js";
import { iloIndicator } from "../../codes/ilo-indicator/ilo-indicator.codes.js";
import { manyCodes, oneCode } from "../../common/code-field.js";
import { IsoDate, Uuid } from "../../common/primitives.js";
import { defineObject, field } from "../../meta/registry.js";

/** How and by whom a person was identified as a (presumed) victim. Country of identification is explicit. */
export const Identification = defineObject("identification", {
  status: oneCode(identificationStatus, { pii: "sensitive", mappings: { htcds: ["vic_TraffickingStatus"] } }),
  authority: oneCode(identificationAuthority, {
    pii: "none",
    mappings: {
      htcds: ["vic_TraffickingStatusDecisionMakingOrg", "vic_TraffickinStatusDecisionMakingOrg"],
    },
  }).optional(),
  agencyId: field(Uuid.optional(), { pii: "none" }),
  date: field(IsoDate.optional(), { pii: "quasi" }),
  country: oneCode(country, { pii: "quasi" }).optional(),
  indicatorsObserved: manyCodes(iloIndicator, { pii: "sensitive" }).optional(),
});
export type Identification = z.output<typeof Identification>;
