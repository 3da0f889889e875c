import type { CodeTexts } from "../define-code-list.js";
import type { caseStatus } from "./case-status.codes.js";

export const caseStatusPt = {
  active: { label: "Ativo", definition: "A instituição está trabalhando no caso atualmente." },
  follow_up: {
    label: "Acompanhamento",
    definition: "O atendimento principal terminou; a instituição continua verificando a situação da pessoa.",
  },
  closed: { label: "Encerrado", definition: "A instituição concluiu seu trabalho no caso." },
  closed_referred: {
    label: "Encerrado – encaminhado",
    definition: "Encerrado porque o caso foi encaminhado a outra instituição.",
  },
} as const satisfies CodeTexts<typeof caseStatus>;
