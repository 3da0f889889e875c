import type { CodeTexts } from "../define-code-list.js";
import type { referralReason } from "./referral-reason.codes.js";

export const referralReasonPt = {
  additional_services_required: {
    label: "Serviços adicionais necessários",
    definition: "A pessoa precisa de serviços que a instituição que encaminha não pode prestar.",
  },
  migration_or_change_of_location: {
    label: "Migração ou mudança de local",
    definition: "A pessoa mudou-se, ou está se mudando, para uma área atendida por outra instituição.",
  },
  safe_return: {
    label: "Retorno seguro",
    definition: "Organizar o retorno voluntário e seguro da pessoa ao seu país ou local de origem.",
  },
  continued_assistance: {
    label: "Continuidade da assistência",
    definition: "Manter sem interrupção, sob a instituição receptora, a assistência já iniciada.",
  },
  criminal_proceedings: {
    label: "Processo penal",
    definition:
      "Permitir que a pessoa participe de uma investigação ou de um julgamento criminal e esteja protegida durante eles.",
  },
  civil_proceedings: {
    label: "Processo cível",
    definition: "Buscar indenização ou outros direitos perante a justiça cível ou trabalhista.",
  },
  family_reunification: {
    label: "Reunificação familiar",
    definition: "Reunir a pessoa com seus familiares depois de confirmado que é seguro.",
  },
  resettlement: {
    label: "Reassentamento",
    definition: "Transferir a pessoa para um terceiro país ou um novo lugar onde possa viver com segurança.",
  },
  other: { label: "Outro", definition: "Outro motivo, descrito no encaminhamento." },
} as const satisfies CodeTexts<typeof referralReason>;
