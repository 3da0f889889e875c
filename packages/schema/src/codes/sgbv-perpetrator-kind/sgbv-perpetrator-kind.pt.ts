import type { CodeTexts } from "../define-code-list.js";
import type { sgbvPerpetratorKind } from "./sgbv-perpetrator-kind.codes.js";

export const sgbvPerpetratorKindPt = {
  smuggler: {
    label: "Contrabandista de migrantes",
    definition: "Uma pessoa que ajudou a pessoa migrante a atravessar fronteiras em troca de dinheiro.",
  },
  trafficker: { label: "Traficante de pessoas", definition: "Uma pessoa que traficou ou explorou a vítima." },
  official: {
    label: "Agente público",
    definition: "Um agente do Estado, como guarda de fronteira, policial ou militar.",
  },
  armed_group: {
    label: "Grupo armado ou criminoso",
    definition: "Um membro de grupo armado ou gangue que controla a rota.",
  },
  other_migrant: { label: "Outro migrante", definition: "Uma pessoa que viajava pela mesma rota." },
  intimate_partner: { label: "Parceiro íntimo", definition: "Um parceiro atual ou anterior." },
  family_member: { label: "Familiar", definition: "Um parente." },
  other: { label: "Outro", definition: "Outra pessoa conhecida da vítima." },
  unknown: { label: "Desconhecido", definition: "Não se sabe quem o cometeu." },
} as const satisfies CodeTexts<typeof sgbvPerpetratorKind>;
