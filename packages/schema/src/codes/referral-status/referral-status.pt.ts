import type { CodeTexts } from "../define-code-list.js";
import type { referralStatus } from "./referral-status.codes.js";

export const referralStatusPt = {
  draft: {
    label: "Rascunho",
    definition: "Em preparação pela instituição que encaminha, ainda não enviado.",
  },
  sent: {
    label: "Enviado",
    definition: "Enviado pela instituição que encaminha; recebimento ainda não confirmado.",
  },
  received: {
    label: "Recebido",
    definition: "A instituição receptora confirmou o recebimento, mas ainda não decidiu.",
  },
  accepted: { label: "Aceito", definition: "A instituição receptora aceitou assumir o encaminhamento." },
  declined: {
    label: "Recusado",
    definition: "A instituição receptora recusou o encaminhamento; o encaminhamento termina aqui.",
  },
  in_progress: {
    label: "Em andamento",
    definition: "A instituição receptora está prestando os serviços solicitados.",
  },
  completed: {
    label: "Concluído",
    definition: "O objetivo do encaminhamento foi cumprido e ele está encerrado.",
  },
  withdrawn: {
    label: "Retirado",
    definition:
      "Cancelado pela instituição que encaminha ou a pedido da pessoa; o encaminhamento termina aqui.",
  },
  on_hold: {
    label: "Em espera",
    definition:
      "A instituição receptora suspendeu os serviços (por exemplo, enquanto a pessoa não pode ser contatada); podem ser retomados.",
  },
  failed: {
    label: "Malsucedido",
    definition:
      "O encaminhamento não pôde ser realizado (por exemplo, nunca chegou ou os serviços não puderam ser prestados); o encaminhamento termina aqui.",
  },
  entered_in_error: {
    label: "Registrado por erro",
    definition:
      "O encaminhamento foi registrado por engano (por exemplo, uma duplicata ou a pessoa errada); pode seguir qualquer status, nenhum o segue e fica fora das estatísticas.",
  },
} as const satisfies CodeTexts<typeof referralStatus>;
