import type { CodeTexts } from "../define-code-list.js";
import type { nonPunishmentOutcome } from "./non-punishment-outcome.codes.js";

export const nonPunishmentOutcomePt = {
  not_prosecuted: { label: "Não processada", definition: "As autoridades decidiram não processar." },
  charges_dropped: { label: "Acusações retiradas", definition: "Houve acusação, depois retirada." },
  acquitted: { label: "Absolvida", definition: "O tribunal absolveu a pessoa." },
  convicted: { label: "Condenada", definition: "O tribunal condenou a pessoa." },
  pending: { label: "Pendente", definition: "O processo não terminou." },
} as const satisfies CodeTexts<typeof nonPunishmentOutcome>;
