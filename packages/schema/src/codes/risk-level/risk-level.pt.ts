import type { CodeTexts } from "../define-code-list.js";
import type { riskLevel } from "./risk-level.codes.js";

export const riskLevelPt = {
  low: { label: "Baixo", definition: "É pouco provável que ocorra dano, ou seu impacto seria pequeno." },
  medium: { label: "Médio", definition: "É possível que ocorra dano e são necessárias medidas de proteção." },
  high: { label: "Alto", definition: "É provável um dano grave sem medidas de proteção imediatas." },
  unknown: { label: "Desconhecido", definition: "O risco não foi avaliado ou não pode ser determinado." },
} as const satisfies CodeTexts<typeof riskLevel>;
