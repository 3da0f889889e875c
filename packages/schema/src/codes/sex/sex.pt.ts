import type { CodeTexts } from "../define-code-list.js";
import type { sex } from "./sex.codes.js";

export const sexPt = {
  female: { label: "Feminino", definition: "Registrado como do sexo feminino." },
  male: { label: "Masculino", definition: "Registrado como do sexo masculino." },
  other: {
    label: "Outro",
    definition: "Registrado como nem feminino nem masculino, incluindo pessoas intersexo.",
  },
  unknown: { label: "Desconhecido", definition: "O sexo não foi registrado ou não é conhecido." },
} as const satisfies CodeTexts<typeof sex>;
