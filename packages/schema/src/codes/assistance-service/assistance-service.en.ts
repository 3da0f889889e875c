import type { CodeTexts } from "../define-code-list.js";
import type { assistanceService } from "./assistance-service.codes.js";

export const assistanceServiceEn = {
  education: { label: "Education", definition: "Schooling, literacy classes or vocational training." },
  financial: { label: "Financial support", definition: "Cash grants, allowances or help managing money." },
  health: {
    label: "Health",
    definition: "A support plan covering the person's physical and mental well-being.",
  },
  labour_exploitation_rehabilitation: {
    label: "Recovery after labour exploitation",
    definition: "A recovery programme designed for survivors of labour exploitation.",
  },
  legal: {
    label: "Legal support",
    definition: "A support plan for legal matters such as residence status, proceedings or claims.",
  },
  livelihood: {
    label: "Livelihood",
    definition: "Help to earn an income, such as job placement or support for a small business.",
  },
  rights_based_training: {
    label: "Rights-based training",
    definition: "Training that tells the person about their rights and how to exercise them.",
  },
  sexual_exploitation_rehabilitation: {
    label: "Recovery after sexual exploitation",
    definition: "A recovery programme designed for survivors of sexual exploitation.",
  },
  social_care: { label: "Social care", definition: "Case management and day-to-day social support." },
  shelter: { label: "Shelter", definition: "Safe and suitable accommodation." },
  medical_care: {
    label: "Medical care",
    definition: "Medical examination and treatment by health professionals.",
  },
  psychological_support: {
    label: "Psychological support",
    definition: "Counselling, psychotherapy or psychosocial support.",
  },
  interpretation: {
    label: "Interpretation",
    definition: "Interpreting and translation into a language the person understands.",
  },
  legal_aid: { label: "Legal aid", definition: "Free or subsidised advice and representation by a lawyer." },
  reflection_period: {
    label: "Reflection period",
    definition:
      "Time granted to recover and decide whether to cooperate with the authorities, without being removed.",
  },
  residence_permit: {
    label: "Residence permit",
    definition: "Help obtaining a temporary or permanent right to stay.",
  },
  safe_return: {
    label: "Safe return",
    definition: "Assisted, voluntary return to the country of origin after a risk assessment.",
  },
  reintegration: {
    label: "Reintegration",
    definition: "Support to rebuild a life in the community after return or after leaving exploitation.",
  },
  family_tracing: {
    label: "Family tracing",
    definition: "Finding family members and checking whether contact or reunification is safe.",
  },
  compensation_support: {
    label: "Compensation support",
    definition: "Help claiming compensation from offenders or from a state fund.",
  },
  child_protection_services: {
    label: "Child protection services",
    definition: "Guardianship, best-interests assessment and care for a child victim.",
  },
  repatriation: {
    label: "Repatriation",
    definition:
      "Formal arrangements between states to bring a national home, including travel documents and transport.",
  },
  other: { label: "Other", definition: "Another kind of assistance." },
} as const satisfies CodeTexts<typeof assistanceService>;
