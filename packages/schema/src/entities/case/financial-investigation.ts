import * as z from "zod";
import { assetAction } from "../../codes/asset-action/asset-action.codes.js";
import { oneCode } from "../../common/code-field.js";
import { CurrencyCode, IsoDate } from "../../common/primitives.js";
import { defineObject, field } from "../../meta/registry.js";

/** One action on criminal assets: identified, frozen, seized, confiscated, returned to victims. */
export const AssetAction = defineObject("assetAction", {
  action: oneCode(assetAction, { pii: "none" }),
  value: field(z.number().min(0).optional(), { pii: "none" }),
  currency: field(CurrencyCode.optional(), { pii: "none" }),
  date: field(IsoDate.optional(), { pii: "none" }),
});
export type AssetAction = z.output<typeof AssetAction>;

/** The money-laundering side of a case: whether a financial investigation was opened and what was done to assets. */
export const FinancialInvestigation = defineObject("financialInvestigation", {
  opened: field(z.boolean(), { pii: "none" }),
  openedOn: field(IsoDate.optional(), { pii: "none" }),
  moneyLaunderingCharged: field(z.boolean().optional(), { pii: "none" }),
  assetActions: field(z.array(AssetAction).optional(), { pii: "none" }),
});
export type FinancialInvestigation = z.output<typeof FinancialInvestigation>;
