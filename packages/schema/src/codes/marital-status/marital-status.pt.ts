import type { CodeTexts } from "../define-code-list.js";
import type { maritalStatus } from "./marital-status.codes.js";

export const maritalStatusPt = {
  single: { label: "Solteiro(a)", definition: "Nunca foi casado(a) nem teve união registrada." },
  married: { label: "Casado(a)", definition: "Atualmente casado(a)." },
  widowed: {
    label: "Viúvo(a)",
    definition: "O cônjuge ou companheiro registrado faleceu e a pessoa não voltou a se casar.",
  },
  divorced: { label: "Divorciado(a)", definition: "O casamento foi legalmente dissolvido." },
  separated: { label: "Separado(a)", definition: "Ainda casado(a), mas vivendo separado(a) do cônjuge." },
  registered_partnership: {
    label: "União registrada",
    definition: "Em união civil ou estável registrada conforme a lei.",
  },
} as const satisfies CodeTexts<typeof maritalStatus>;
