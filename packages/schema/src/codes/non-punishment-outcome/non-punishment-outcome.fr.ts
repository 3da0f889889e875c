import type { CodeTexts } from "../define-code-list.js";
import type { nonPunishmentOutcome } from "./non-punishment-outcome.codes.js";

export const nonPunishmentOutcomeFr = {
  not_prosecuted: { label: "Non poursuivie", definition: "Les autorités ont décidé de ne pas poursuivre." },
  charges_dropped: {
    label: "Poursuites abandonnées",
    definition: "Des poursuites ont été engagées puis abandonnées.",
  },
  acquitted: { label: "Acquittée", definition: "Le tribunal a acquitté la personne." },
  convicted: { label: "Condamnée", definition: "Le tribunal a condamné la personne." },
  pending: { label: "En cours", definition: "La procédure n'est pas terminée." },
} as const satisfies CodeTexts<typeof nonPunishmentOutcome>;
