import type { CodeTexts } from "../define-code-list.js";
import type { financialInquiryOutcome } from "./financial-inquiry-outcome.codes.js";

export const financialInquiryOutcomeEs = {
  ongoing: { label: "En curso", definition: "La indagación sigue abierta." },
  disseminated: {
    label: "Remitida a investigadores",
    definition: "Los hallazgos se remitieron a la policía o a la fiscalía.",
  },
  charges_brought: {
    label: "Acusación formulada",
    definition: "Se acusó por lavado de activos u otro delito financiero.",
  },
  conviction: {
    label: "Condena",
    definition: "Un tribunal condenó por lavado de activos u otro delito financiero.",
  },
  closed_without_action: {
    label: "Archivada sin actuaciones",
    definition: "La indagación se archivó sin más actuaciones.",
  },
  other: { label: "Otro", definition: "Otro resultado." },
} as const satisfies CodeTexts<typeof financialInquiryOutcome>;
