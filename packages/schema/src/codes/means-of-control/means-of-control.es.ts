import type { CodeTexts } from "../define-code-list.js";
import type { meansOfControl } from "./means-of-control.codes.js";

export const meansOfControlEs = {
  debt_bondage: {
    label: "Servidumbre por deudas",
    definition:
      "La víctima debe trabajar para pagar una deuda inflada, que nunca disminuye o que es imposible de saldar.",
  },
  takes_earnings: {
    label: "Se queda con las ganancias",
    definition: "Quien controla a la víctima retiene todo o la mayor parte del dinero que esta gana.",
  },
  restricts_financial_access: {
    label: "Restringe el acceso a recursos financieros",
    definition: "Se impide a la víctima tener o usar dinero, cuentas bancarias o tarjetas de pago.",
  },
  threats: { label: "Amenazas", definition: "Se amenaza a la víctima con violencia u otro daño." },
  threats_to_family: {
    label: "Amenazas a hijos o familiares",
    definition: "Se amenaza con dañar a los hijos u otros familiares de la víctima.",
  },
  psychological_abuse: {
    label: "Abuso psicológico",
    definition:
      "Humillación, intimidación, aislamiento o manipulación que quebranta la voluntad de la víctima.",
  },
  physical_abuse: {
    label: "Abuso físico",
    definition: "La víctima es golpeada, herida o sufre otros daños físicos.",
  },
  sexual_abuse: {
    label: "Abuso sexual",
    definition: "La víctima sufre violencia sexual o actos sexuales no deseados como medio de control.",
  },
  false_promises: {
    label: "Falsas promesas",
    definition:
      "La víctima fue atraída o es retenida con promesas de trabajo, paga, documentos o una relación que no se cumplen.",
  },
  psychoactive_substances: {
    label: "Sustancias psicoactivas",
    definition:
      "Se da, se impone o se niega alcohol o drogas a la víctima para crear dependencia o sumisión.",
  },
  restricts_movement: {
    label: "Restringe la libertad de movimiento",
    definition: "La víctima es encerrada, vigilada o se le impide de otro modo salir o ir adonde desee.",
  },
  restricts_medical_care: {
    label: "Restringe la atención médica",
    definition: "Se niega o se impide a la víctima recibir atención de salud cuando la necesita.",
  },
  excessive_working_hours: {
    label: "Jornadas de trabajo excesivas",
    definition:
      "Se obliga a la víctima a trabajar mucho más allá del horario legal o razonable, sin descanso suficiente.",
  },
  uses_children: {
    label: "Utiliza a los hijos",
    definition:
      "Se usa a los hijos de la víctima como medio de presión, por ejemplo con amenazas o separándolos de ella.",
  },
  threat_of_law_enforcement: {
    label: "Amenaza con las autoridades",
    definition: "Se amenaza a la víctima con la policía, la detención, el procesamiento o la deportación.",
  },
  withholds_necessities: {
    label: "Priva de necesidades básicas",
    definition: "Se priva a la víctima de comida, agua, sueño, alojamiento u otras necesidades básicas.",
  },
  withholds_documents: {
    label: "Retiene documentos",
    definition: "Se quita o retiene a la víctima su pasaporte o sus documentos de identidad o de viaje.",
  },
  other: { label: "Otro", definition: "Otro medio de control no incluido en esta lista." },
} as const satisfies CodeTexts<typeof meansOfControl>;
