import type { CodeTexts } from "../define-code-list.js";
import type { perpetratorRole } from "./perpetrator-role.codes.js";

export const perpetratorRolePt = {
  travelling_partner: {
    label: "Acompanhante de viagem",
    definition: "Viajou com a vítima, por exemplo como acompanhante ou escolta.",
  },
  transporter: { label: "Transportador", definition: "Conduziu ou deslocou a vítima de outra forma." },
  recruiter_or_intermediary: {
    label: "Aliciador ou intermediário",
    definition: "Aliciou a vítima ou atuou como intermediário.",
  },
  broker_travel_agent: {
    label: "Agenciador ou agente de viagens",
    definition: "Providenciou viagens, documentos ou empregos como agenciador ou agente.",
  },
  transferred_individual: {
    label: "Transferiu a vítima",
    definition: "Repassou a vítima de um lugar ou controlador para outro.",
  },
  harboured_individual: { label: "Alojou a vítima", definition: "Alojou ou escondeu a vítima." },
  sold_individual: { label: "Vendeu a vítima", definition: "Vendeu a vítima a outra pessoa." },
  bought_individual: { label: "Comprou a vítima", definition: "Pagou para obter a vítima." },
  received_individual: {
    label: "Recebeu a vítima",
    definition: "Recebeu a vítima em um local de trânsito ou de destino.",
  },
  controlled_individual: {
    label: "Controlou a vítima",
    definition: "Exerceu controle sobre os deslocamentos, o trabalho ou os ganhos da vítima.",
  },
  smuggler: {
    label: "Contrabandista de migrantes",
    definition: "Ajudou a vítima a cruzar uma fronteira de forma irregular.",
  },
  abuser: { label: "Agressor", definition: "Maltratou a vítima física, sexual ou psicologicamente." },
  kidnapper: { label: "Sequestrador", definition: "Sequestrou a vítima pela força ou por meio de engano." },
  exploiter: { label: "Explorador", definition: "Lucrou diretamente com a exploração da vítima." },
  organiser: { label: "Organizador", definition: "Planejou, dirigiu ou liderou a operação de tráfico." },
  financier: { label: "Financiador", definition: "Forneceu dinheiro para financiar a operação de tráfico." },
  money_launderer: {
    label: "Lavador de dinheiro",
    definition: "Ocultou ou movimentou os lucros do tráfico.",
  },
  other: { label: "Outro", definition: "Outro papel, descrito no registro." },
} as const satisfies CodeTexts<typeof perpetratorRole>;
