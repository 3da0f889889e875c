import type { CodeTexts } from "../define-code-list.js";
import type { reintegrationOutcome } from "./reintegration-outcome.codes.js";

export const reintegrationOutcomePt = {
  reintegrated: { label: "Reintegrada", definition: "A pessoa está estabelecida, segura e autossuficiente." },
  in_progress: { label: "Em andamento", definition: "O apoio à reintegração continua." },
  re_trafficked: { label: "Novamente traficada", definition: "A pessoa voltou a ser vítima de tráfico." },
  lost_contact: { label: "Contato perdido", definition: "O serviço perdeu contato com a pessoa." },
  declined: { label: "Apoio recusado", definition: "A pessoa recusou mais apoio." },
  other: { label: "Outro", definition: "Outro resultado." },
} as const satisfies CodeTexts<typeof reintegrationOutcome>;
