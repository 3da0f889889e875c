import type { z } from "zod";
import { country } from "../../codes/country/country.codes.js";
import { legalAssistanceBasis } from "../../codes/legal-assistance-basis/legal-assistance-basis.codes.js";
import { legalAssistanceDirection } from "../../codes/legal-assistance-direction/legal-assistance-direction.codes.js";
import { legalAssistanceStatus } from "../../codes/legal-assistance-status/legal-assistance-status.codes.js";
import { legalAssistanceType } from "../../codes/legal-assistance-type/legal-assistance-type.codes.js";
import { manyCodes, oneCode } from "../../common/code-field.js";
import { IsoDate, LongText, Uuid } from "../../common/primitives.js";
import { recordBase } from "../../common/record-base.js";
import { defineObject, field } from "../../meta/registry.js";

/**
 * A mutual legal assistance request in a trafficking matter, sent or received by the recording State: between
 * which countries and agencies, on which legal basis, for what kind of assistance (UNTOC Art. 18(3)), where it
 * stands, and the case it serves.
 */
export const LegalAssistanceRequest = defineObject("legalAssistanceRequest", {
  ...recordBase("legalAssistanceRequest"),
  direction: oneCode(legalAssistanceDirection, { pii: "none" }),
  requestingCountry: oneCode(country, { pii: "none" }),
  requestedCountry: oneCode(country, { pii: "none" }),
  requestingAgencyId: field(Uuid.optional(), { pii: "none" }),
  requestedAgencyId: field(Uuid.optional(), { pii: "none" }),
  legalBasis: oneCode(legalAssistanceBasis, { pii: "none" }).optional(),
  assistanceTypes: manyCodes(legalAssistanceType, { pii: "none" }).optional(),
  sentOn: field(IsoDate.optional(), { pii: "none" }),
  receivedOn: field(IsoDate.optional(), { pii: "none" }),
  status: oneCode(legalAssistanceStatus, { pii: "none" }),
  closedOn: field(IsoDate.optional(), { pii: "none" }),
  caseId: field(Uuid.optional(), { pii: "none" }),
  details: field(LongText.optional(), { pii: "sensitive" }),
});
export type LegalAssistanceRequest = z.output<typeof LegalAssistanceRequest>;
