import type { CodeTexts } from "../define-code-list.js";
import type { iloIndicator } from "./ilo-indicator.codes.js";

export const iloIndicatorPt = {
  abuse_of_vulnerability: {
    label: "Abuso de vulnerabilidade",
    definition:
      "O empregador se aproveita da posição frágil do trabalhador, como o desconhecimento do idioma, a situação legal ou a falta de alternativas.",
  },
  deception: {
    label: "Engano",
    definition: "O trabalhador foi enganado sobre a natureza ou as condições do trabalho.",
  },
  restriction_of_movement: {
    label: "Restrição da liberdade de locomoção",
    definition:
      "O trabalhador está confinado ou não pode sair livremente do local de trabalho ou de moradia.",
  },
  isolation: {
    label: "Isolamento",
    definition: "O trabalhador está isolado do mundo exterior, em local remoto ou sem meios de contato.",
  },
  physical_and_sexual_violence: {
    label: "Violência física e sexual",
    definition: "O trabalhador ou sua família sofre violência física ou sexual.",
  },
  intimidation_and_threats: {
    label: "Intimidação e ameaças",
    definition:
      "O trabalhador é ameaçado, por exemplo com violência, denúncia, deportação ou perda de salário.",
  },
  retention_of_identity_documents: {
    label: "Retenção de documentos de identidade",
    definition:
      "O empregador fica com os documentos de identidade do trabalhador para impedir que ele vá embora.",
  },
  withholding_of_wages: {
    label: "Retenção de salários",
    definition: "O salário é retido, adiado ou não pago para manter o trabalhador no emprego.",
  },
  debt_bondage: {
    label: "Servidão por dívida",
    definition:
      "O trabalhador deve pagar com trabalho uma dívida, muitas vezes de taxas de recrutamento ou adiantamentos, que só cresce ou não pode ser quitada.",
  },
  abusive_working_and_living_conditions: {
    label: "Condições abusivas de trabalho e de vida",
    definition: "Condições degradantes, perigosas ou insalubres no trabalho ou na moradia fornecida.",
  },
  excessive_overtime: {
    label: "Horas extras excessivas",
    definition:
      "Horas ou dias de trabalho muito além dos limites legais, muitas vezes sem possibilidade de recusa.",
  },
} as const satisfies CodeTexts<typeof iloIndicator>;
