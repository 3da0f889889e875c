import type { CodeTexts } from "../define-code-list.js";
import type { helplineContactor } from "./helpline-contactor.codes.js";

export const helplineContactorEs = {
  victim: { label: "Víctima o posible víctima", definition: "La persona que es o puede ser explotada." },
  family_member: { label: "Familiar o amistad", definition: "Un familiar o amigo de la persona afectada." },
  third_party: {
    label: "Tercero",
    definition: "Otra persona que presenció o sospecha una explotación, como un vecino o un cliente.",
  },
  professional: {
    label: "Profesional",
    definition:
      "Alguien que contacta por su trabajo: un proveedor de servicios, empresa, funcionario o personal de una ONG.",
  },
  anonymous: { label: "Anónimo", definition: "La persona no dijo quién es." },
} as const satisfies CodeTexts<typeof helplineContactor>;
