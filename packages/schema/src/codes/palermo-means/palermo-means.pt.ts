import type { CodeTexts } from "../define-code-list.js";
import type { palermoMeans } from "./palermo-means.codes.js";

export const palermoMeansPt = {
  threat_of_force: {
    label: "Ameaça de uso da força",
    definition: "Ameaçar a vítima ou outra pessoa com violência para obter sua submissão.",
  },
  use_of_force: {
    label: "Uso da força",
    definition: "Violência física ou contenção efetivamente exercida contra a vítima.",
  },
  other_coercion: {
    label: "Outras formas de coação",
    definition: "Pressão distinta da força, como pressão psicológica ou ameaças relativas à situação legal.",
  },
  abduction: { label: "Rapto", definition: "Levar ou reter uma pessoa contra a sua vontade." },
  fraud: {
    label: "Fraude",
    definition: "Manobras desonestas, como contratos ou documentos falsos, que levam a vítima à exploração.",
  },
  deception: {
    label: "Engano",
    definition:
      "Induzir a vítima em erro sobre o trabalho, as condições, a remuneração, o destino ou a finalidade.",
  },
  abuse_of_power: {
    label: "Abuso de autoridade",
    definition:
      "Uso indevido de uma autoridade sobre a vítima, como a de um empregador, agente público, tutor ou líder comunitário.",
  },
  abuse_of_vulnerability: {
    label: "Abuso de situação de vulnerabilidade",
    definition:
      "Aproveitar-se de uma situação em que a pessoa não tem alternativa real ou aceitável senão submeter-se.",
  },
  payments_to_controller: {
    label: "Pagamentos a quem tem autoridade sobre a vítima",
    definition:
      "Dar ou receber pagamentos ou benefícios para obter o consentimento de quem tem autoridade sobre a vítima.",
  },
} as const satisfies CodeTexts<typeof palermoMeans>;
