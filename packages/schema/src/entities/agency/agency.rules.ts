import { defineRule } from "../../rules/define-rule.js";
import type { Agency } from "./agency.schema.js";

export const contactPointUnreachable = defineRule({
  code: "contact_point_unreachable",
  recordType: "agency",
  severity: "warning",
  clause: "A focal point in a directory is useful only with an e-mail address or a phone number",
  fields: ["contactPoint.email", "contactPoint.phone"],
  *check(agency: Agency) {
    for (const [index, point] of (agency.contactPoints ?? []).entries()) {
      if (point.email === undefined && point.phone === undefined) {
        yield { path: ["contactPoints", index], params: { field: "contactPoint.email" } };
      }
    }
  },
});

/** Every cross-field rule of an agency record. */
export const agencyRules = [contactPointUnreachable] as const;
