import type { CodeTexts } from "../define-code-list.js";
import type { iloIndicator } from "./ilo-indicator.codes.js";

export const iloIndicatorEs = {
  abuse_of_vulnerability: {
    label: "Abuso de la vulnerabilidad",
    definition:
      "El empleador se aprovecha de la posición débil del trabajador, como el desconocimiento del idioma, la situación legal o la falta de alternativas.",
  },
  deception: {
    label: "Engaño",
    definition: "Se engañó al trabajador sobre la naturaleza o las condiciones del trabajo.",
  },
  restriction_of_movement: {
    label: "Restricción de la libertad de movimiento",
    definition:
      "El trabajador está confinado o no puede salir libremente del lugar de trabajo o de vivienda.",
  },
  isolation: {
    label: "Aislamiento",
    definition: "El trabajador está aislado del mundo exterior, en un lugar remoto o sin medios de contacto.",
  },
  physical_and_sexual_violence: {
    label: "Violencia física y sexual",
    definition: "El trabajador o su familia sufre violencia física o sexual.",
  },
  intimidation_and_threats: {
    label: "Intimidación y amenazas",
    definition:
      "Se amenaza al trabajador, por ejemplo con violencia, denuncia, deportación o pérdida del salario.",
  },
  retention_of_identity_documents: {
    label: "Retención de documentos de identidad",
    definition:
      "El empleador se queda con los documentos de identidad del trabajador para impedir que se vaya.",
  },
  withholding_of_wages: {
    label: "Retención del salario",
    definition: "El salario se retiene, se aplaza o no se paga para mantener al trabajador en el empleo.",
  },
  debt_bondage: {
    label: "Servidumbre por deudas",
    definition:
      "El trabajador debe pagar con su trabajo una deuda, a menudo por gastos de contratación o adelantos, que sigue creciendo o es impagable.",
  },
  abusive_working_and_living_conditions: {
    label: "Condiciones de trabajo y de vida abusivas",
    definition:
      "Condiciones degradantes, peligrosas o insalubres en el trabajo o en la vivienda proporcionada.",
  },
  excessive_overtime: {
    label: "Horas extraordinarias excesivas",
    definition:
      "Horas o días de trabajo muy por encima de los límites legales, a menudo sin posibilidad de negarse.",
  },
} as const satisfies CodeTexts<typeof iloIndicator>;
