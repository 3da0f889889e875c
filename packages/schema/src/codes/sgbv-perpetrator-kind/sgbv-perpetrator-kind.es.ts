import type { CodeTexts } from "../define-code-list.js";
import type { sgbvPerpetratorKind } from "./sgbv-perpetrator-kind.codes.js";

export const sgbvPerpetratorKindEs = {
  smuggler: {
    label: "Traficante de migrantes",
    definition: "Una persona que ayudó a la persona migrante a cruzar fronteras a cambio de dinero.",
  },
  trafficker: { label: "Tratante", definition: "Una persona que sometió a trata o explotó a la víctima." },
  official: {
    label: "Funcionario",
    definition: "Un agente del Estado, como guardia de fronteras, policía o militar.",
  },
  armed_group: {
    label: "Grupo armado o criminal",
    definition: "Un miembro de un grupo armado o pandilla que controla la ruta.",
  },
  other_migrant: { label: "Otra persona migrante", definition: "Una persona que viajaba por la misma ruta." },
  intimate_partner: { label: "Pareja", definition: "Una pareja actual o anterior." },
  family_member: { label: "Familiar", definition: "Un pariente." },
  other: { label: "Otro", definition: "Otra persona conocida por la víctima." },
  unknown: { label: "Desconocido", definition: "No se sabe quién lo hizo." },
} as const satisfies CodeTexts<typeof sgbvPerpetratorKind>;
