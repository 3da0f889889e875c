import type { CodeTexts } from "../define-code-list.js";
import type { nonPunishmentOutcome } from "./non-punishment-outcome.codes.js";

export const nonPunishmentOutcomeEs = {
  not_prosecuted: { label: "No procesada", definition: "Las autoridades decidieron no procesar." },
  charges_dropped: { label: "Cargos retirados", definition: "Se formularon cargos y luego se retiraron." },
  acquitted: { label: "Absuelta", definition: "El tribunal absolvió a la persona." },
  convicted: { label: "Condenada", definition: "El tribunal condenó a la persona." },
  pending: { label: "Pendiente", definition: "El proceso no ha terminado." },
} as const satisfies CodeTexts<typeof nonPunishmentOutcome>;
