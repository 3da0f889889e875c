import { defineRule } from "../../rules/define-rule.js";
import type { HelplineContact } from "./helpline-contact.schema.js";

export const anonymousContactWithIdentity = defineRule({
  code: "anonymous_contact_with_identity",
  recordType: "helplineContact",
  severity: "error",
  clause:
    "Helpline confidentiality: a caller who stays anonymous is recorded without a name or a phone number",
  fields: ["helplineContact.contactor", "helplineContact.callerName", "helplineContact.callerPhone"],
  check(contact: HelplineContact, found) {
    if (contact.contactor !== "anonymous") return;
    if (contact.callerName !== undefined)
      found.push({ path: ["callerName"], params: { field: "helplineContact.callerName" } });
    if (contact.callerPhone !== undefined)
      found.push({ path: ["callerPhone"], params: { field: "helplineContact.callerPhone" } });
  },
});

export const referredContactWithoutLink = defineRule({
  code: "helpline_referral_without_link",
  recordType: "helplineContact",
  severity: "warning",
  clause:
    "A contact referred to a service or an authority is followed through the victim or case record it led to",
  fields: ["helplineContact.outcome", "helplineContact.victimId", "helplineContact.caseId"],
  check(contact: HelplineContact, found) {
    if (contact.outcome === "referred" && contact.victimId === undefined && contact.caseId === undefined)
      found.push({ path: ["outcome"], params: { field: "helplineContact.victimId" } });
  },
});

/** Every cross-field rule of a helpline contact record. */
export const helplineContactRules = [anonymousContactWithIdentity, referredContactWithoutLink] as const;
