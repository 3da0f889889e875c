import type { CodeTexts } from "../define-code-list.js";
import type { palermoMeans } from "./palermo-means.codes.js";

export const palermoMeansFr = {
  threat_of_force: {
    label: "Menace de recours à la force",
    definition: "Menacer de violence la victime ou une autre personne pour obtenir sa soumission.",
  },
  use_of_force: {
    label: "Recours à la force",
    definition: "Violence physique ou contrainte corporelle effectivement exercée contre la victime.",
  },
  other_coercion: {
    label: "Autres formes de contrainte",
    definition:
      "Pression autre que la force, comme la pression psychologique ou les menaces liées au statut légal.",
  },
  abduction: { label: "Enlèvement", definition: "Emmener ou retenir une personne contre sa volonté." },
  fraud: {
    label: "Fraude",
    definition:
      "Manœuvres malhonnêtes, comme de faux contrats ou documents, qui entraînent la victime dans l'exploitation.",
  },
  deception: {
    label: "Tromperie",
    definition:
      "Induire la victime en erreur sur le travail, les conditions, la rémunération, la destination ou le but.",
  },
  abuse_of_power: {
    label: "Abus d'autorité",
    definition:
      "Usage abusif d'une autorité sur la victime, comme celle d'un employeur, d'un agent public, d'un tuteur ou d'un chef communautaire.",
  },
  abuse_of_vulnerability: {
    label: "Abus d'une situation de vulnérabilité",
    definition:
      "Tirer parti d'une situation où la personne n'a d'autre choix réel ou acceptable que de se soumettre.",
  },
  payments_to_controller: {
    label: "Paiements à une personne ayant autorité",
    definition:
      "Offrir ou accepter des paiements ou avantages pour obtenir le consentement d'une personne ayant autorité sur la victime.",
  },
} as const satisfies CodeTexts<typeof palermoMeans>;
