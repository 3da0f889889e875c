import * as z from "zod";
import { country } from "../../codes/country/country.codes.js";
import { operationKind } from "../../codes/operation-kind/operation-kind.codes.js";
import { manyCodes, oneCode } from "../../common/code-field.js";
import { Count, IsoDate, LongText, ShortText, Uuid } from "../../common/primitives.js";
import { recordBase } from "../../common/record-base.js";
import { defineObject, field } from "../../meta/registry.js";

/**
 * A law-enforcement operation or joint investigation against trafficking: which agencies and countries took
 * part, when, and what it achieved in persons identified, arrests and victims rescued, with the cases,
 * perpetrators and criminal groups it concerns.
 */
export const Operation = defineObject("operation", {
  ...recordBase("operation"),
  kind: oneCode(operationKind, { pii: "none" }),
  name: field(ShortText.optional(), { pii: "sensitive" }),
  leadAgencyId: field(Uuid.optional(), { pii: "none" }),
  agencyIds: field(z.array(Uuid).optional(), { pii: "none" }),
  countries: manyCodes(country, { pii: "none" }).optional(),
  startedOn: field(IsoDate.optional(), { pii: "none" }),
  endedOn: field(IsoDate.optional(), { pii: "none" }),
  personsIdentified: field(Count.optional(), { pii: "none" }),
  arrests: field(Count.optional(), { pii: "none" }),
  victimsRescued: field(Count.optional(), { pii: "none" }),
  caseIds: field(z.array(Uuid).optional(), { pii: "none" }),
  perpetratorIds: field(z.array(Uuid).optional(), { pii: "none" }),
  criminalGroupIds: field(z.array(Uuid).optional(), { pii: "none" }),
  summary: field(LongText.optional(), { pii: "sensitive" }),
});
export type Operation = z.output<typeof Operation>;
