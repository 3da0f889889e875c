import type * as z from "zod";
import { assistanceService } from "../../codes/assistance-service/assistance-service.codes.js";
import { oneCode } from "../../common/code-field.js";
import { IsoDate, LongText, Uuid } from "../../common/primitives.js";
import { defineObject, field } from "../../meta/registry.js";

/** One service a survivor received or is planned to receive (HTCDS support plan, `spl_*`). */
export const AssistanceRecord = defineObject("assistance", {
  service: oneCode(assistanceService, { pii: "sensitive", mappings: { htcds: ["spl_Type"] } }),
  providerAgencyId: field(Uuid.optional(), { pii: "none" }),
  objectives: field(LongText.optional(), { pii: "sensitive", mappings: { htcds: ["spl_Objectives"] } }),
  actionPlan: field(LongText.optional(), { pii: "sensitive", mappings: { htcds: ["spl_ActionPlan"] } }),
  startDate: field(IsoDate.optional(), { pii: "quasi" }),
  plannedEndDate: field(IsoDate.optional(), { pii: "quasi", mappings: { htcds: ["spl_PlannedEndDate"] } }),
  actualEndDate: field(IsoDate.optional(), { pii: "quasi", mappings: { htcds: ["spl_ActualEndDate"] } }),
});
export type AssistanceRecord = z.output<typeof AssistanceRecord>;
