import * as z from "zod";
import { iloIndicator } from "../../codes/ilo-indicator/ilo-indicator.codes.js";
import { indicatorStrength } from "../../codes/indicator-strength/indicator-strength.codes.js";
import { screeningOutcome } from "../../codes/screening-outcome/screening-outcome.codes.js";
import { screeningTool } from "../../codes/screening-tool/screening-tool.codes.js";
import { oneCode } from "../../common/code-field.js";
import { IsoDate, LongText, ShortText, Uuid } from "../../common/primitives.js";
import { recordBase } from "../../common/record-base.js";
import { defineObject, field } from "../../meta/registry.js";

/** One indicator found in a screening and how strongly it points at trafficking (ILO–EC grading). */
export const ScreeningIndicator = defineObject("screeningIndicator", {
  indicator: oneCode(iloIndicator, { pii: "sensitive" }),
  strength: oneCode(indicatorStrength, { pii: "sensitive" }).optional(),
});
export type ScreeningIndicator = z.output<typeof ScreeningIndicator>;

/**
 * An indicator-based screening of a person: when, by which agency and with which tool, the indicators found
 * (the ILO's forced-labour indicators, each with a strength), the conclusion, the helpline contact that led to
 * it and the victim record it led to. The indicators are the same list a victim's identification records.
 */
export const Screening = defineObject("screening", {
  ...recordBase("screening"),
  agencyId: field(Uuid, { pii: "none" }),
  screenedOn: field(IsoDate.optional(), { pii: "quasi" }),
  tool: oneCode(screeningTool, { pii: "none" }),
  toolName: field(ShortText.optional(), { pii: "none" }),
  indicators: field(z.array(ScreeningIndicator).optional(), { pii: "sensitive" }),
  outcome: oneCode(screeningOutcome, { pii: "sensitive" }),
  helplineContactId: field(Uuid.optional(), { pii: "none" }),
  victimId: field(Uuid.optional(), { pii: "none" }),
  notes: field(LongText.optional(), { pii: "sensitive" }),
});
export type Screening = z.output<typeof Screening>;
