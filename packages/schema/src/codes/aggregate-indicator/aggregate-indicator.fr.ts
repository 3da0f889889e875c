import type { CodeTexts } from "../define-code-list.js";
import type { aggregateIndicator } from "./aggregate-indicator.codes.js";

export const aggregateIndicatorFr = {
  detected_victims: {
    label: "Victimes de la traite détectées",
    definition:
      "Personnes identifiées comme victimes de la traite par les autorités ou d'autres organismes au cours de la période.",
  },
  persons_formal_contact: {
    label: "Personnes en contact formel",
    definition:
      "Personnes soupçonnées, arrêtées ou mises en garde pour traite des personnes : en contact formel avec la police ou la justice pénale.",
  },
  persons_prosecuted: {
    label: "Personnes poursuivies",
    definition: "Personnes poursuivies pour traite des personnes au cours de la période.",
  },
  persons_convicted: {
    label: "Personnes condamnées",
    definition: "Personnes condamnées pour traite des personnes au cours de la période.",
  },
  offences: {
    label: "Infractions de traite des personnes",
    definition: "Infractions de traite des personnes enregistrées par la police au cours de la période.",
  },
} as const satisfies CodeTexts<typeof aggregateIndicator>;
