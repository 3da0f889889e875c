import type * as z from "zod";
import { helplineChannel } from "../../codes/helpline-channel/helpline-channel.codes.js";
import { helplineContactor } from "../../codes/helpline-contactor/helpline-contactor.codes.js";
import { helplineOutcome } from "../../codes/helpline-outcome/helpline-outcome.codes.js";
import { iloIndicator } from "../../codes/ilo-indicator/ilo-indicator.codes.js";
import { languageCodeSet } from "../../codes/language/language.code-set.js";
import { manyCodes, oneCode } from "../../common/code-field.js";
import { IsoDateTime, LongText, PhoneE164, ShortText, Uuid } from "../../common/primitives.js";
import { recordBase } from "../../common/record-base.js";
import { defineObject, field } from "../../meta/registry.js";

/**
 * One contact with an anti-trafficking helpline or hotline: through which channel, when, in which language, who
 * made it, the indicators it raised, what came of it, and the victim or case it led to. HTCDS 2.0 has no helpline
 * fields; its guidance for anti-trafficking helplines (UNMigration/HTCDS, `Guidance/Anti-trafficking
 * Helplines.md`) says calls come from potential victims, the public, businesses and public bodies, and that a
 * helpline's data model must reach beyond case data to hold them. A caller is personal data: every field about
 * the person has a pii class, and an anonymous contact carries no identity. The required fields (channel,
 * outcome) identify no one, so an anonymised contact keeps its shape and can still be counted.
 */
export const HelplineContact = defineObject("helplineContact", {
  ...recordBase("helplineContact"),
  agencyId: field(Uuid.optional(), { pii: "none" }),
  contactedAt: field(IsoDateTime.optional(), { pii: "quasi" }),
  channel: oneCode(helplineChannel, { pii: "none" }),
  language: oneCode(languageCodeSet, { pii: "quasi" }).optional(),
  contactor: oneCode(helplineContactor, { pii: "quasi" }).optional(),
  callerName: field(ShortText.optional(), { pii: "direct" }),
  callerPhone: field(PhoneE164.optional(), { pii: "direct" }),
  indicatorsRaised: manyCodes(iloIndicator, { pii: "sensitive" }).optional(),
  outcome: oneCode(helplineOutcome, { pii: "sensitive" }),
  victimId: field(Uuid.optional(), { pii: "none" }),
  caseId: field(Uuid.optional(), { pii: "none" }),
  summary: field(LongText.optional(), { pii: "sensitive" }),
});
export type HelplineContact = z.output<typeof HelplineContact>;
