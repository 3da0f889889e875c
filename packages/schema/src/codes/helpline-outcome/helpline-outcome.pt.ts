import type { CodeTexts } from "../define-code-list.js";
import type { helplineOutcome } from "./helpline-outcome.codes.js";

export const helplineOutcomePt = {
  referred: {
    label: "Encaminhado",
    definition: "A pessoa ou a denúncia foi encaminhada a um serviço ou autoridade.",
  },
  information_given: {
    label: "Informação prestada",
    definition: "Foram dadas informações ou orientações; nada foi encaminhado.",
  },
  no_action: { label: "Sem ação", definition: "Nenhuma ação foi necessária ou possível." },
  other: { label: "Outro", definition: "Outro resultado." },
} as const satisfies CodeTexts<typeof helplineOutcome>;
