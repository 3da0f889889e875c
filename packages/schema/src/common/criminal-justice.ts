import * as z from "zod";
import { criminalJusticeStage } from "../codes/criminal-justice-stage/criminal-justice-stage.codes.js";
import { iccsCode } from "../codes/iccs-code/iccs-code.codes.js";
import { penaltyType } from "../codes/penalty-type/penalty-type.codes.js";
import { verdict } from "../codes/verdict/verdict.codes.js";
import { defineObject, field } from "../meta/registry.js";
import { oneCode } from "./code-field.js";
import { CurrencyCode, IsoDate, ShortText } from "./primitives.js";

/** One offence charged, as an ICCS code plus the national legal provision. */
export const Charge = defineObject("charge", {
  iccs: oneCode(iccsCode, { pii: "none", mappings: { iccs: ["ICCS v1.0"] } }),
  legalProvision: field(ShortText.optional(), { pii: "none" }),
  chargedOn: field(IsoDate.optional(), { pii: "quasi" }),
});
export type Charge = z.output<typeof Charge>;

/** One penalty of a sentence: prison months, a fine with currency, confiscation... */
export const Penalty = defineObject("penalty", {
  type: oneCode(penaltyType, { pii: "quasi" }),
  months: field(z.number().min(0).max(1200).optional(), { pii: "quasi" }),
  amount: field(z.number().min(0).optional(), { pii: "quasi" }),
  currency: field(CurrencyCode.optional(), { pii: "none" }),
  suspended: field(z.boolean().optional(), { pii: "quasi" }),
});
export type Penalty = z.output<typeof Penalty>;

/** Where criminal proceedings stand: stage, charges, verdict and sentence (GLOTIP prosecuted / convicted). */
export const Proceedings = defineObject("proceedings", {
  stage: oneCode(criminalJusticeStage, { pii: "quasi", mappings: { glotip: ["criminal justice stage"] } }),
  charges: field(z.array(Charge).optional(), { pii: "quasi" }),
  courtCaseNumber: field(ShortText.optional(), { pii: "quasi" }),
  prosecutionStartedOn: field(IsoDate.optional(), { pii: "quasi" }),
  verdict: oneCode(verdict, { pii: "quasi" }).optional(),
  verdictDate: field(IsoDate.optional(), { pii: "quasi" }),
  penalties: field(z.array(Penalty).optional(), { pii: "quasi" }),
});
export type Proceedings = z.output<typeof Proceedings>;
