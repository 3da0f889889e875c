import type { CodeTexts } from "../define-code-list.js";
import type { meansOfControl } from "./means-of-control.codes.js";

export const meansOfControlEn = {
  debt_bondage: {
    label: "Debt bondage",
    definition:
      "The victim is kept working to repay a debt that is inflated, never shrinks or cannot be repaid.",
  },
  takes_earnings: {
    label: "Takes earnings",
    definition: "The controller keeps all or most of the money the victim earns.",
  },
  restricts_financial_access: {
    label: "Restricts financial access",
    definition: "The victim is kept from having or using money, bank accounts or payment cards.",
  },
  threats: { label: "Threats", definition: "The victim is threatened with violence or other harm." },
  threats_to_family: {
    label: "Threats to children or family",
    definition: "Harm is threatened against the victim's children or other relatives.",
  },
  psychological_abuse: {
    label: "Psychological abuse",
    definition: "Humiliation, intimidation, isolation or manipulation that wears down the victim's will.",
  },
  physical_abuse: {
    label: "Physical abuse",
    definition: "The victim is beaten, injured or otherwise physically harmed.",
  },
  sexual_abuse: {
    label: "Sexual abuse",
    definition: "The victim is subjected to sexual violence or unwanted sexual acts as a means of control.",
  },
  false_promises: {
    label: "False promises",
    definition:
      "The victim was lured or is kept by promises of work, pay, papers or a relationship that are not kept.",
  },
  psychoactive_substances: {
    label: "Psychoactive substances",
    definition:
      "Alcohol or drugs are given to, forced on or withheld from the victim to create dependence or compliance.",
  },
  restricts_movement: {
    label: "Restricts movement",
    definition: "The victim is locked in, watched or otherwise kept from leaving or going where they wish.",
  },
  restricts_medical_care: {
    label: "Restricts medical care",
    definition: "The victim is denied or kept from health care when needed.",
  },
  excessive_working_hours: {
    label: "Excessive working hours",
    definition: "The victim is made to work far beyond legal or reasonable hours, without adequate rest.",
  },
  uses_children: {
    label: "Uses children",
    definition:
      "The victim's children are used as leverage, for example through threats or by separating them.",
  },
  threat_of_law_enforcement: {
    label: "Threat of law enforcement",
    definition: "The victim is threatened with police, arrest, prosecution or deportation.",
  },
  withholds_necessities: {
    label: "Withholds necessities",
    definition: "Food, water, sleep, shelter or other basic needs are withheld from the victim.",
  },
  withholds_documents: {
    label: "Withholds documents",
    definition: "The victim's passport, identity or travel documents are taken or kept from them.",
  },
  other: { label: "Other", definition: "Another means of control not listed here." },
} as const satisfies CodeTexts<typeof meansOfControl>;
