import type { CodeTexts } from "../define-code-list.js";
import type { sex } from "./sex.codes.js";

export const sexEs = {
  female: { label: "Mujer", definition: "Registrada como de sexo femenino." },
  male: { label: "Hombre", definition: "Registrado como de sexo masculino." },
  other: {
    label: "Otro",
    definition: "Registrado como ni femenino ni masculino, incluidas las personas intersexuales.",
  },
  unknown: { label: "Desconocido", definition: "El sexo no se registró o no se conoce." },
} as const satisfies CodeTexts<typeof sex>;
