import type { Code } from "./codes.js";

/** What an agency of the directory is: its types and services. Names are fictional. */
export interface AgencyTemplate {
  readonly name: string;
  readonly types: readonly Code<"agency_type">[];
  readonly services: readonly Code<"assistance_service">[];
  readonly hotline?: boolean;
}

/** The agencies of the reporting country, by the role they play in generated cases. */
export const DOMESTIC_AGENCIES = {
  police: { name: "Counter-Trafficking Unit", types: ["law_enforcement", "tip_task_force"], services: [] },
  prosecution: {
    name: "Office of the Special Prosecutor for Trafficking",
    types: ["prosecution"],
    services: [],
  },
  labour: { name: "Labour Inspectorate", types: ["labour_inspectorate", "central_government"], services: [] },
  child: {
    name: "Child Protection Authority",
    types: ["child_protection", "central_government"],
    services: ["child_protection_services", "shelter", "psychological_support", "education"],
  },
  immigration: {
    name: "Immigration Division",
    types: ["immigration_service"],
    services: ["residence_permit", "reflection_period", "repatriation"],
  },
  social: {
    name: "Victim Services Division",
    types: ["social_services", "central_government"],
    services: ["financial", "social_care", "livelihood", "compensation_support"],
  },
  shelter: {
    name: "Safe House Network",
    types: ["ngo", "shelter"],
    services: ["shelter", "medical_care", "psychological_support", "legal_aid"],
  },
  womensShelter: {
    name: "Women's Refuge",
    types: ["ngo", "shelter"],
    services: ["shelter", "psychological_support", "sexual_exploitation_rehabilitation", "health"],
  },
  hotline: {
    name: "Anti-Trafficking Hotline",
    types: ["hotline", "ngo"],
    services: ["interpretation"],
    hotline: true,
  },
  migration: {
    name: "Migration Assistance Mission",
    types: ["international_organisation"],
    services: ["safe_return", "reintegration", "family_tracing", "interpretation"],
  },
  rapporteur: {
    name: "National Rapporteur on Trafficking in Persons",
    types: ["national_rapporteur"],
    services: [],
  },
} as const satisfies Record<string, AgencyTemplate>;

/** A role of a domestic agency in generated cases. */
export type DomesticRole = keyof typeof DOMESTIC_AGENCIES;

/** Agencies of partner countries, used in turn: the receiving ends of cross-border referrals. */
export const PARTNER_AGENCIES: readonly AgencyTemplate[] = [
  {
    name: "Reintegration Centre",
    types: ["ngo", "shelter"],
    services: ["shelter", "reintegration", "psychological_support", "family_tracing"],
  },
  {
    name: "Victim Assistance Office",
    types: ["social_services", "central_government"],
    services: ["reintegration", "livelihood", "financial", "education"],
  },
  { name: "Anti-Trafficking Police Unit", types: ["law_enforcement"], services: [] },
  {
    name: "Return and Reintegration Programme",
    types: ["international_organisation"],
    services: ["safe_return", "reintegration"],
  },
  {
    name: "Survivors' Support Network",
    types: ["ngo"],
    services: ["psychological_support", "legal_aid", "reintegration"],
  },
];
