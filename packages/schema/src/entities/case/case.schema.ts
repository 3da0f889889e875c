import * as z from "zod";
import { act } from "../../codes/act/act.codes.js";
import { caseStatus } from "../../codes/case-status/case-status.codes.js";
import { exploitationForm } from "../../codes/exploitation-form/exploitation-form.codes.js";
import { iccsCode } from "../../codes/iccs-code/iccs-code.codes.js";
import { organisedCrimeInvolvement } from "../../codes/organised-crime-involvement/organised-crime-involvement.codes.js";
import { palermoMeans } from "../../codes/palermo-means/palermo-means.codes.js";
import { manyCodes, oneCode } from "../../common/code-field.js";
import { Proceedings } from "../../common/criminal-justice.js";
import { IsoDate, LongText, ShortText, Uuid } from "../../common/primitives.js";
import { recordBase } from "../../common/record-base.js";
import { TechnologyUse } from "../../common/technology-use.js";
import { defineObject, field } from "../../meta/registry.js";
import { CaseComment } from "./case-comment.js";
import { FinancialInvestigation } from "./financial-investigation.js";
import { TraffickingEvent } from "./trafficking-event.js";

/**
 * The TIP event (IC-TIP's first unit): what was done (acts, means, purposes), where and when, how it is
 * classified in ICCS, who was involved (victims, perpetrators, agencies) and where justice stands.
 */
export const Case = defineObject("case", {
  ...recordBase("case"),
  status: oneCode(caseStatus, { pii: "none", mappings: { htcds: ["cas_Status"] } }).optional(),
  closureReason: field(LongText.optional(), {
    pii: "sensitive",
    mappings: { htcds: ["cas_ReasonForCaseClosure"] },
  }),
  caseOwner: field(ShortText.optional(), { pii: "direct", mappings: { htcds: ["cas_CaseOwner"] } }),
  openedOn: field(IsoDate.optional(), { pii: "quasi" }),
  closedOn: field(IsoDate.optional(), { pii: "quasi" }),
  acts: manyCodes(act, { pii: "sensitive", mappings: { ictip: ["act"] } }).optional(),
  means: manyCodes(palermoMeans, { pii: "sensitive", mappings: { ictip: ["means"] } }).optional(),
  purposes: manyCodes(exploitationForm, {
    pii: "sensitive",
    mappings: { ictip: ["purpose of exploitation"] },
  }).optional(),
  iccsCodes: manyCodes(iccsCode, { pii: "none", mappings: { iccs: ["0204"] } }).optional(),
  relatedOffences: manyCodes(iccsCode, { pii: "none", mappings: { iccs: ["ICCS v1.0"] } }).optional(),
  events: field(z.array(TraffickingEvent).optional(), { pii: "quasi" }),
  transnational: field(z.boolean().optional(), { pii: "none" }),
  organisedCrime: oneCode(organisedCrimeInvolvement, { pii: "none" }).optional(),
  technologyUses: field(z.array(TechnologyUse).optional(), { pii: "sensitive" }),
  financialInvestigation: field(FinancialInvestigation.optional(), { pii: "none" }),
  proceedings: field(Proceedings.optional(), { pii: "quasi" }),
  victimIds: field(z.array(Uuid).optional(), { pii: "none" }),
  perpetratorIds: field(z.array(Uuid).optional(), { pii: "none" }),
  reportingAgencyIds: field(z.array(Uuid).optional(), {
    pii: "none",
    mappings: { ictip: ["reporting entity"] },
  }),
  leadAgencyId: field(Uuid.optional(), { pii: "none" }),
  comments: field(z.array(CaseComment).optional(), { pii: "direct" }),
});
export type Case = z.output<typeof Case>;
