import type * as z from "zod";
import { placeRole } from "../../codes/place-role/place-role.codes.js";
import { oneCode } from "../../common/code-field.js";
import { EventPlace } from "../../common/place.js";
import { LongText, PartialDate, Uuid } from "../../common/primitives.js";
import { defineObject, field } from "../../meta/registry.js";

/**
 * One step of the trafficking process (recruitment, transit, exploitation, identification) with place and date
 * (HTCDS `hte_*`), and the victim it concerns: victims of one case have their own timelines, and a victim may
 * be trafficked again after identification.
 */
export const TraffickingEvent = defineObject("traffickingEvent", {
  victimId: field(Uuid.optional(), { pii: "none" }),
  role: oneCode(placeRole, { pii: "quasi", mappings: { htcds: ["hte_Type"] } }),
  place: field(EventPlace.optional(), { pii: "quasi" }),
  date: field(PartialDate.optional(), { pii: "quasi", mappings: { htcds: ["hte_Date"] } }),
  endDate: field(PartialDate.optional(), { pii: "quasi" }),
  description: field(LongText.optional(), { pii: "sensitive", mappings: { htcds: ["hte_Description"] } }),
});
export type TraffickingEvent = z.output<typeof TraffickingEvent>;
