import * as z from "zod";
import { country } from "../../codes/country/country.codes.js";
import { financialInquiryKind } from "../../codes/financial-inquiry-kind/financial-inquiry-kind.codes.js";
import { financialInquiryOutcome } from "../../codes/financial-inquiry-outcome/financial-inquiry-outcome.codes.js";
import { oneCode } from "../../common/code-field.js";
import { IsoDate, LongText, Uuid } from "../../common/primitives.js";
import { recordBase } from "../../common/record-base.js";
import { defineObject, field } from "../../meta/registry.js";
import { AssetAction } from "../case/financial-investigation.js";

/**
 * A financial-intelligence report or a money-laundering or parallel financial investigation into the proceeds
 * of trafficking, kept as a record of its own so it can be counted and linked to several cases, perpetrators
 * and criminal groups; the actions taken on assets, and the outcome.
 */
export const FinancialInquiry = defineObject("financialInquiry", {
  ...recordBase("financialInquiry"),
  kind: oneCode(financialInquiryKind, { pii: "none" }),
  openedOn: field(IsoDate.optional(), { pii: "none" }),
  closedOn: field(IsoDate.optional(), { pii: "none" }),
  country: oneCode(country, { pii: "none" }).optional(),
  agencyId: field(Uuid.optional(), { pii: "none" }),
  caseIds: field(z.array(Uuid).optional(), { pii: "none" }),
  perpetratorIds: field(z.array(Uuid).optional(), { pii: "none" }),
  criminalGroupIds: field(z.array(Uuid).optional(), { pii: "none" }),
  assetActions: field(z.array(AssetAction).optional(), { pii: "none" }),
  outcome: oneCode(financialInquiryOutcome, { pii: "none" }).optional(),
  summary: field(LongText.optional(), { pii: "sensitive" }),
});
export type FinancialInquiry = z.output<typeof FinancialInquiry>;
