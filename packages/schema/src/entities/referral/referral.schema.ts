import * as z from "zod";
import { assistanceService } from "../../codes/assistance-service/assistance-service.codes.js";
import { referralReason } from "../../codes/referral-reason/referral-reason.codes.js";
import { referralStatus } from "../../codes/referral-status/referral-status.codes.js";
import { trmStage } from "../../codes/trm-stage/trm-stage.codes.js";
import { manyCodes, oneCode } from "../../common/code-field.js";
import { IsoDate, LongText, Uuid } from "../../common/primitives.js";
import { recordBase } from "../../common/record-base.js";
import { defineObject, field } from "../../meta/registry.js";
import { ReferralParty, RiskAssessment, StatusChange } from "./referral-parts.js";

/**
 * A referral of a victim from one agency to another, within a country (NRM) or across a border (TRM): why, at
 * which TRM stage, which services are asked for, under which consent, after which risk assessment, and where
 * it stands in its lifecycle.
 */
export const Referral = defineObject("referral", {
  ...recordBase("referral"),
  victimId: field(Uuid, { pii: "none" }),
  caseId: field(Uuid.optional(), { pii: "none" }),
  from: field(ReferralParty, {
    pii: "none",
    mappings: { htcds: ["cas_ReferringOrganisation", "cas_ReferringPrimaryCaseWorker"] },
  }),
  to: field(ReferralParty, {
    pii: "none",
    mappings: { htcds: ["cas_ReferredOrganisation", "cas_ReferredPrimaryCaseWorker"] },
  }),
  crossBorder: field(z.boolean(), { pii: "none" }),
  reasons: manyCodes(referralReason, {
    pii: "sensitive",
    mappings: { htcds: ["cas_ReasonForOutgoingReferral", "cas_ReasonForIncomingReferral"] },
  }).optional(),
  details: field(LongText.optional(), {
    pii: "sensitive",
    mappings: { htcds: ["cas_OutgoingReferralDetails", "cas_IncomingReferralDetails"] },
  }),
  trmStage: oneCode(trmStage, { pii: "none" }).optional(),
  servicesRequested: manyCodes(assistanceService, { pii: "sensitive" }).optional(),
  consentId: field(Uuid.optional(), { pii: "none" }),
  riskAssessment: field(RiskAssessment.optional(), { pii: "sensitive" }),
  sentOn: field(IsoDate.optional(), { pii: "quasi", mappings: { htcds: ["cas_OutgoingReferralDate"] } }),
  receivedOn: field(IsoDate.optional(), { pii: "quasi", mappings: { htcds: ["cas_IncomingReferralDate"] } }),
  plannedArrivalOn: field(IsoDate.optional(), { pii: "quasi" }),
  reflectionPeriodDays: field(z.int().min(0).max(3650).optional(), { pii: "none" }),
  status: oneCode(referralStatus, { pii: "none" }),
  statusHistory: field(z.array(StatusChange).optional(), { pii: "none" }),
});
export type Referral = z.output<typeof Referral>;
