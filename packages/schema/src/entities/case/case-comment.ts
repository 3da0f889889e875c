import type * as z from "zod";
import { IsoDate, LongText, Uuid } from "../../common/primitives.js";
import { defineObject, field } from "../../meta/registry.js";

/** A dated note on a case (HTCDS `cco_CaseComment`). Free text may name people: treated as direct identifier. */
export const CaseComment = defineObject("caseComment", {
  date: field(IsoDate.optional(), { pii: "quasi" }),
  authorAgencyId: field(Uuid.optional(), { pii: "none" }),
  text: field(LongText, { pii: "direct", mappings: { htcds: ["cco_CaseComment"] } }),
});
export type CaseComment = z.output<typeof CaseComment>;
