import type { CodeTexts } from "../define-code-list.js";
import type { verdict } from "./verdict.codes.js";

export const verdictFr = {
  convicted: { label: "Condamnation", definition: "Reconnu coupable de l'infraction." },
  acquitted: { label: "Acquittement", definition: "Déclaré non coupable de l'infraction." },
  dismissed: {
    label: "Non-lieu",
    definition: "Charges abandonnées ou affaire classée sans décision sur la culpabilité.",
  },
  pending: { label: "En attente", definition: "Aucune décision définitive n'a encore été rendue." },
  plea_agreement: {
    label: "Plaider-coupable",
    definition:
      "Réglé par un accord où l'accusé reconnaît sa culpabilité en échange d'une qualification ou d'une peine réduite.",
  },
} as const satisfies CodeTexts<typeof verdict>;
