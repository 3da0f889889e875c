import type { CodeTexts } from "../define-code-list.js";
import type { palermoMeans } from "./palermo-means.codes.js";

export const palermoMeansEs = {
  threat_of_force: {
    label: "Amenaza de uso de la fuerza",
    definition: "Amenazar con violencia a la víctima o a otra persona para obtener su sumisión.",
  },
  use_of_force: {
    label: "Uso de la fuerza",
    definition: "Violencia física o sujeción efectivamente ejercida contra la víctima.",
  },
  other_coercion: {
    label: "Otras formas de coacción",
    definition:
      "Presión distinta de la fuerza, como la presión psicológica o las amenazas relativas a la situación legal.",
  },
  abduction: { label: "Rapto", definition: "Llevarse o retener a una persona en contra de su voluntad." },
  fraud: {
    label: "Fraude",
    definition:
      "Maniobras deshonestas, como contratos o documentos falsos, que llevan a la víctima a la explotación.",
  },
  deception: {
    label: "Engaño",
    definition:
      "Inducir a error a la víctima sobre el trabajo, las condiciones, la paga, el destino o el propósito.",
  },
  abuse_of_power: {
    label: "Abuso de poder",
    definition:
      "Aprovechar indebidamente una autoridad sobre la víctima, como la de un empleador, funcionario, tutor o líder comunitario.",
  },
  abuse_of_vulnerability: {
    label: "Abuso de una situación de vulnerabilidad",
    definition:
      "Aprovecharse de una situación en la que la persona no tiene otra alternativa real o aceptable que someterse.",
  },
  payments_to_controller: {
    label: "Pagos a quien tiene autoridad sobre la víctima",
    definition:
      "Dar o recibir pagos o beneficios para obtener el consentimiento de quien tiene autoridad sobre la víctima.",
  },
} as const satisfies CodeTexts<typeof palermoMeans>;
