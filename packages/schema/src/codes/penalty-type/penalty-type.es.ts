import type { CodeTexts } from "../define-code-list.js";
import type { penaltyType } from "./penalty-type.codes.js";

export const penaltyTypeEs = {
  imprisonment: {
    label: "Prisión",
    definition: "Pena privativa de libertad cumplida en un centro penitenciario.",
  },
  suspended_sentence: {
    label: "Pena suspendida",
    definition: "Pena de prisión que no se cumple salvo que la persona incumpla las condiciones fijadas.",
  },
  fine: { label: "Multa", definition: "Suma de dinero que debe pagarse al Estado." },
  community_service: {
    label: "Trabajo comunitario",
    definition: "Trabajo no remunerado en beneficio de la comunidad.",
  },
  asset_confiscation: {
    label: "Decomiso de bienes",
    definition: "Pérdida definitiva de bienes o ganancias vinculados al delito.",
  },
  deportation: {
    label: "Expulsión",
    definition: "Salida forzosa del país de una persona extranjera condenada.",
  },
  other: { label: "Otra", definition: "Otro tipo de sanción." },
} as const satisfies CodeTexts<typeof penaltyType>;
