import type { CodeTexts } from "../define-code-list.js";
import type { preventionAudience } from "./prevention-audience.codes.js";

export const preventionAudienceEn = {
  general_public: { label: "General public", definition: "The population at large." },
  police: { label: "Police", definition: "Police and other law-enforcement officers." },
  labour_inspectors: { label: "Labour inspectors", definition: "Labour inspectors." },
  judges: { label: "Judges", definition: "Judges and court officers." },
  prosecutors: { label: "Prosecutors", definition: "Public prosecutors." },
  border_guards: {
    label: "Border and immigration officers",
    definition: "Border guards and immigration officers.",
  },
  health_workers: { label: "Health workers", definition: "Doctors, nurses and other health staff." },
  social_workers: { label: "Social workers", definition: "Social workers and child-protection staff." },
  other_officials: {
    label: "Other officials",
    definition: "Other public officials, such as consular staff or diplomats.",
  },
  at_risk_groups: {
    label: "Groups at risk",
    definition: "People at particular risk of trafficking, such as migrants, children or job seekers.",
  },
  private_sector: {
    label: "Private sector",
    definition: "Businesses, recruiters, transport and hospitality staff, banks.",
  },
  other: { label: "Other", definition: "Another audience." },
} as const satisfies CodeTexts<typeof preventionAudience>;
