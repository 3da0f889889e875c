import type { CodeTexts } from "../define-code-list.js";
import type { exchangePurpose } from "./exchange-purpose.codes.js";

export const exchangePurposeEn = {
  referral: {
    label: "Referral",
    definition: "Referring a person to an agency for assistance or protection.",
  },
  case_cooperation: {
    label: "Case cooperation",
    definition: "Cooperation between agencies or states on an investigation or case.",
  },
  statistics: {
    label: "Statistics",
    definition: "Aggregated or de-identified data for official statistics and reporting.",
  },
  agency_directory: {
    label: "Agency directory",
    definition: "Information about agencies, their services and contact points.",
  },
  research: { label: "Research", definition: "De-identified data for approved research." },
  audit: { label: "Audit", definition: "Records provided for oversight, audit or quality review." },
} as const satisfies CodeTexts<typeof exchangePurpose>;
