import * as z from "zod";
import { assistanceService } from "../../codes/assistance-service/assistance-service.codes.js";
import { country } from "../../codes/country/country.codes.js";
import { gbvIncidentType } from "../../codes/gbv-incident-type/gbv-incident-type.codes.js";
import { placeRole } from "../../codes/place-role/place-role.codes.js";
import { sgbvPerpetratorKind } from "../../codes/sgbv-perpetrator-kind/sgbv-perpetrator-kind.codes.js";
import { manyCodes, oneCode } from "../../common/code-field.js";
import { LongText, PartialDate, ShortText, Uuid } from "../../common/primitives.js";
import { recordBase } from "../../common/record-base.js";
import { defineObject, field } from "../../meta/registry.js";

/**
 * One incident of sexual or gender-based violence suffered by a migrant woman or girl on the route, linked to
 * her victim record. The incident type is one of the six core types of the GBVIMS GBV Classification Tool
 * (GBVIMS User Guide, 2010, chapter 3): rape, sexual assault, physical assault, forced marriage, denial of
 * resources, opportunities or services, and psychological or emotional abuse. The date may be known only to
 * the year or month. Everything about the incident is sensitive.
 */
export const SgbvIncident = defineObject("sgbvIncident", {
  ...recordBase("sgbvIncident"),
  victimId: field(Uuid, { pii: "none" }),
  caseId: field(Uuid.optional(), { pii: "none" }),
  type: oneCode(gbvIncidentType, { pii: "sensitive" }),
  date: field(PartialDate.optional(), { pii: "sensitive" }),
  dateApproximate: field(z.boolean().optional(), { pii: "none" }),
  country: oneCode(country, { pii: "sensitive" }).optional(),
  place: field(ShortText.optional(), { pii: "sensitive" }),
  routeStage: oneCode(placeRole, { pii: "sensitive" }).optional(),
  perpetratorKinds: manyCodes(sgbvPerpetratorKind, { pii: "sensitive" }).optional(),
  reported: field(z.boolean().optional(), { pii: "sensitive" }),
  servicesReceived: manyCodes(assistanceService, { pii: "sensitive" }).optional(),
  notes: field(LongText.optional(), { pii: "sensitive" }),
});
export type SgbvIncident = z.output<typeof SgbvIncident>;
