import type { CodeTexts } from "../define-code-list.js";
import type { protectionMeasureKind } from "./protection-measure-kind.codes.js";

export const protectionMeasureKindFr = {
  compensation: {
    label: "Indemnisation",
    definition:
      "Somme accordée à la victime pour le préjudice subi, par un tribunal, un fonds public ou un accord.",
  },
  restitution: {
    label: "Restitution",
    definition:
      "Restitution à la victime de ce qui lui a été pris, comme des salaires impayés, ordonnée à l'auteur.",
  },
  residence_permit: {
    label: "Titre de séjour",
    definition: "Autorisation pour la victime de rester dans le pays, temporairement ou durablement.",
  },
  reflection_period: {
    label: "Délai de réflexion",
    definition:
      "Une période pendant laquelle la victime peut rester, se rétablir et décider de coopérer ou non avec les autorités.",
  },
  return_reintegration: {
    label: "Retour et réintégration",
    definition: "Un retour dans le pays d'origine et le suivi de la réintégration de la personne.",
  },
  non_punishment: {
    label: "Non-sanction",
    definition:
      "Comment a été traitée une victime poursuivie pour une infraction commise du fait de la traite.",
  },
} as const satisfies CodeTexts<typeof protectionMeasureKind>;
