import { EXAMPLE_IDS } from "../../model/example-ids.js";
import type { Agency } from "./agency.schema.js";

/** A fictitious agency record (documentation and JSON Schema `examples`). */
export const agencyExample = {
  recordType: "agency",
  id: EXAMPLE_IDS.agencyDestination,
  name: "Example Counter-Trafficking Unit",
  types: ["law_enforcement", "tip_task_force"],
  country: "TT",
  address: { country: "TT", city: "Port of Spain" },
  phone: "+18685550100",
  email: "focal.point@example.org",
  website: "https://example.org",
  services: ["shelter", "legal_aid", "interpretation"],
  languages: ["en", "es"],
  areasServed: ["TT"],
  contactPoints: [
    { role: "TRM focal point", email: "trm@example.org", languages: ["en", "es"], available24h: true },
  ],
  hotline: true,
} as const satisfies Agency;

/** The partner agency in the country of origin, used by the referral example. */
export const originAgencyExample = {
  recordType: "agency",
  id: EXAMPLE_IDS.agencyOrigin,
  name: "Example Victim Assistance NGO",
  types: ["ngo", "shelter"],
  country: "VE",
  services: ["reintegration", "psychological_support"],
  languages: ["es"],
} as const satisfies Agency;
