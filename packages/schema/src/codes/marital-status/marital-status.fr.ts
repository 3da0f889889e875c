import type { CodeTexts } from "../define-code-list.js";
import type { maritalStatus } from "./marital-status.codes.js";

export const maritalStatusFr = {
  single: {
    label: "Célibataire",
    definition: "N'a jamais été marié(e) ni lié(e) par un partenariat enregistré.",
  },
  married: { label: "Marié(e)", definition: "Actuellement marié(e)." },
  widowed: {
    label: "Veuf/veuve",
    definition: "Le conjoint ou partenaire enregistré est décédé et la personne ne s'est pas remariée.",
  },
  divorced: { label: "Divorcé(e)", definition: "Le mariage a été légalement dissous." },
  separated: { label: "Séparé(e)", definition: "Toujours marié(e) mais vivant séparé(e) de son conjoint." },
  registered_partnership: {
    label: "Partenariat enregistré",
    definition: "Lié(e) par une union civile ou un partenariat enregistré selon la loi.",
  },
} as const satisfies CodeTexts<typeof maritalStatus>;
