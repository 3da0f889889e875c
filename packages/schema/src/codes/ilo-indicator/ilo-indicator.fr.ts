import type { CodeTexts } from "../define-code-list.js";
import type { iloIndicator } from "./ilo-indicator.codes.js";

export const iloIndicatorFr = {
  abuse_of_vulnerability: {
    label: "Abus de vulnérabilité",
    definition:
      "L'employeur profite de la position de faiblesse du travailleur, comme la méconnaissance de la langue, le statut légal ou l'absence d'alternative.",
  },
  deception: {
    label: "Tromperie",
    definition: "Le travailleur a été trompé sur la nature ou les conditions du travail.",
  },
  restriction_of_movement: {
    label: "Restriction de la liberté de mouvement",
    definition: "Le travailleur est confiné ou ne peut quitter librement le lieu de travail ou de vie.",
  },
  isolation: {
    label: "Isolement",
    definition: "Le travailleur est coupé du monde extérieur, dans un lieu reculé ou sans moyen de contact.",
  },
  physical_and_sexual_violence: {
    label: "Violences physiques et sexuelles",
    definition: "Le travailleur ou sa famille subit des violences physiques ou sexuelles.",
  },
  intimidation_and_threats: {
    label: "Intimidation et menaces",
    definition:
      "Le travailleur est menacé, par exemple de violences, de dénonciation, d'expulsion ou de perte de salaire.",
  },
  retention_of_identity_documents: {
    label: "Confiscation des documents d'identité",
    definition: "L'employeur garde les documents d'identité du travailleur pour l'empêcher de partir.",
  },
  withholding_of_wages: {
    label: "Rétention des salaires",
    definition: "Le salaire est retenu, différé ou non versé pour maintenir le travailleur dans l'emploi.",
  },
  debt_bondage: {
    label: "Servitude pour dettes",
    definition:
      "Le travailleur doit rembourser par son travail une dette, souvent liée au recrutement ou à des avances, qui ne cesse de croître ou ne peut être remboursée.",
  },
  abusive_working_and_living_conditions: {
    label: "Conditions de travail et de vie abusives",
    definition: "Conditions dégradantes, dangereuses ou insalubres au travail ou dans le logement fourni.",
  },
  excessive_overtime: {
    label: "Heures supplémentaires excessives",
    definition:
      "Heures ou jours de travail bien au-delà des limites légales, souvent sans possibilité de refuser.",
  },
} as const satisfies CodeTexts<typeof iloIndicator>;
