import type { CodeTexts } from "../define-code-list.js";
import type { majorityStatus } from "./majority-status.codes.js";

export const majorityStatusPt = {
  child: { label: "Menor de idade", definition: "Pessoa com menos de 18 anos." },
  adult: { label: "Adulto", definition: "Pessoa com 18 anos ou mais." },
  unknown: { label: "Desconhecido", definition: "Não se sabe se a pessoa é menor de idade ou adulta." },
} as const satisfies CodeTexts<typeof majorityStatus>;
