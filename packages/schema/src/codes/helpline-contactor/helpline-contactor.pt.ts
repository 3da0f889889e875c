import type { CodeTexts } from "../define-code-list.js";
import type { helplineContactor } from "./helpline-contactor.codes.js";

export const helplineContactorPt = {
  victim: { label: "Vítima ou possível vítima", definition: "A pessoa que é ou pode ser explorada." },
  family_member: { label: "Familiar ou amigo", definition: "Um familiar ou amigo da pessoa afetada." },
  third_party: {
    label: "Terceiro",
    definition: "Outra pessoa que presenciou ou suspeita de exploração, como um vizinho ou um cliente.",
  },
  professional: {
    label: "Profissional",
    definition:
      "Alguém que contata por seu trabalho: prestador de serviços, empresa, servidor público ou equipe de ONG.",
  },
  anonymous: { label: "Anônimo", definition: "A pessoa não disse quem é." },
} as const satisfies CodeTexts<typeof helplineContactor>;
