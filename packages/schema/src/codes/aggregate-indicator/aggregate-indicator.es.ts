import type { CodeTexts } from "../define-code-list.js";
import type { aggregateIndicator } from "./aggregate-indicator.codes.js";

export const aggregateIndicatorEs = {
  detected_victims: {
    label: "Víctimas de trata detectadas",
    definition:
      "Personas identificadas como víctimas de trata por las autoridades u otras entidades en el periodo.",
  },
  persons_formal_contact: {
    label: "Personas en contacto formal",
    definition:
      "Personas sospechosas, detenidas o amonestadas por trata de personas: en contacto formal con la policía o el sistema de justicia penal.",
  },
  persons_prosecuted: {
    label: "Personas procesadas",
    definition: "Personas procesadas por trata de personas en el periodo.",
  },
  persons_convicted: {
    label: "Personas condenadas",
    definition: "Personas condenadas por trata de personas en el periodo.",
  },
  offences: {
    label: "Delitos de trata de personas",
    definition: "Delitos de trata de personas registrados por la policía en el periodo.",
  },
} as const satisfies CodeTexts<typeof aggregateIndicator>;
