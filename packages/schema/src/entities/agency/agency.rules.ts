import { defineRule } from "../../rules/define-rule.js";
import type { Agency } from "./agency.schema.js";

export const contactPointUnreachable = defineRule({
  code: "contact_point_unreachable",
  recordType: "agency",
  severity: "warning",
  clause: "A focal point in a directory is useful only with an e-mail address or a phone number",
  fields: ["contactPoint.email", "contactPoint.phone"],
  check(agency: Agency, found) {
    const points = agency.contactPoints ?? [];
    for (let index = 0; index < points.length; index++) {
      const point = points[index];
      if (point !== undefined && point.email === undefined && point.phone === undefined) {
        found.push({ path: ["contactPoints", index], params: { field: "contactPoint.email" } });
      }
    }
  },
});

/** Every cross-field rule of an agency record. */
export const agencyRules = [contactPointUnreachable] as const;
