import type { CodeTexts } from "../define-code-list.js";
import type { meansOfControl } from "./means-of-control.codes.js";

export const meansOfControlPt = {
  debt_bondage: {
    label: "Servidão por dívida",
    definition:
      "A vítima é obrigada a trabalhar para pagar uma dívida inflada, que nunca diminui ou que não pode ser quitada.",
  },
  takes_earnings: {
    label: "Retém os ganhos",
    definition: "Quem controla a vítima fica com todo ou quase todo o dinheiro que ela ganha.",
  },
  restricts_financial_access: {
    label: "Restringe o acesso a recursos financeiros",
    definition: "A vítima é impedida de ter ou usar dinheiro, contas bancárias ou cartões de pagamento.",
  },
  threats: { label: "Ameaças", definition: "A vítima é ameaçada com violência ou outro dano." },
  threats_to_family: {
    label: "Ameaças a filhos ou familiares",
    definition: "Há ameaças de dano contra os filhos ou outros familiares da vítima.",
  },
  psychological_abuse: {
    label: "Abuso psicológico",
    definition: "Humilhação, intimidação, isolamento ou manipulação que minam a vontade da vítima.",
  },
  physical_abuse: {
    label: "Abuso físico",
    definition: "A vítima é espancada, ferida ou sofre outros danos físicos.",
  },
  sexual_abuse: {
    label: "Abuso sexual",
    definition: "A vítima sofre violência sexual ou atos sexuais indesejados como meio de controle.",
  },
  false_promises: {
    label: "Falsas promessas",
    definition:
      "A vítima foi atraída ou é mantida com promessas de trabalho, pagamento, documentos ou relacionamento que não são cumpridas.",
  },
  psychoactive_substances: {
    label: "Substâncias psicoativas",
    definition:
      "Álcool ou drogas são dados, impostos ou negados à vítima para criar dependência ou submissão.",
  },
  restricts_movement: {
    label: "Restringe a liberdade de locomoção",
    definition: "A vítima é trancada, vigiada ou de outra forma impedida de sair ou de ir aonde quiser.",
  },
  restricts_medical_care: {
    label: "Restringe o atendimento médico",
    definition: "A vítima tem negado ou impedido o acesso a cuidados de saúde quando precisa.",
  },
  excessive_working_hours: {
    label: "Jornada de trabalho excessiva",
    definition:
      "A vítima é obrigada a trabalhar muito além do horário legal ou razoável, sem descanso adequado.",
  },
  uses_children: {
    label: "Usa os filhos",
    definition: "Os filhos da vítima são usados como meio de pressão, por exemplo com ameaças ou separação.",
  },
  threat_of_law_enforcement: {
    label: "Ameaça com as autoridades",
    definition: "A vítima é ameaçada com polícia, prisão, processo ou deportação.",
  },
  withholds_necessities: {
    label: "Priva de necessidades básicas",
    definition: "A vítima é privada de comida, água, sono, abrigo ou outras necessidades básicas.",
  },
  withholds_documents: {
    label: "Retém documentos",
    definition: "O passaporte ou os documentos de identidade ou de viagem da vítima são tomados ou retidos.",
  },
  other: { label: "Outro", definition: "Outro meio de controle não incluído nesta lista." },
} as const satisfies CodeTexts<typeof meansOfControl>;
