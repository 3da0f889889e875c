import type { CodeTexts } from "../define-code-list.js";
import type { migrationStatus } from "./migration-status.codes.js";

export const migrationStatusFr = {
  national: { label: "Ressortissant", definition: "Citoyen ou citoyenne du pays qui fait l'enregistrement." },
  regular_migrant: {
    label: "Migrant en situation régulière",
    definition: "Personne étrangère séjournant avec une autorisation valide.",
  },
  irregular_migrant: {
    label: "Migrant en situation irrégulière",
    definition: "Personne étrangère sans autorisation d'entrée, de séjour ou de travail.",
  },
  asylum_seeker: {
    label: "Demandeur d'asile",
    definition: "Personne dont la demande de protection internationale n'a pas encore été tranchée.",
  },
  refugee: {
    label: "Réfugié",
    definition: "Personne reconnue comme réfugiée ou bénéficiant d'une protection internationale.",
  },
  stateless: {
    label: "Apatride",
    definition: "Personne qu'aucun État ne considère comme son ressortissant.",
  },
  internally_displaced: {
    label: "Déplacé interne",
    definition: "Personne contrainte de fuir son foyer sans avoir franchi de frontière internationale.",
  },
  returnee: {
    label: "Migrant de retour",
    definition: "Ressortissant revenu dans le pays après avoir vécu à l'étranger.",
  },
  unknown: {
    label: "Inconnu",
    definition: "Le statut migratoire n'est pas connu ou n'a pas été enregistré.",
  },
} as const satisfies CodeTexts<typeof migrationStatus>;
