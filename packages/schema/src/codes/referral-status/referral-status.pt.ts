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
    definition: "A instituição receptora recusou o encaminhamento; não admite mais alterações.",
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
    definition: "Cancelado pela instituição que encaminha ou a pedido da pessoa; não admite mais alterações.",
  },
} as const satisfies CodeTexts<typeof referralStatus>;
