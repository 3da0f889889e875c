import type { CodeTexts } from "../define-code-list.js";
import type { nonPunishmentOutcome } from "./non-punishment-outcome.codes.js";

export const nonPunishmentOutcomeEn = {
  not_prosecuted: { label: "Not prosecuted", definition: "The authorities decided not to prosecute." },
  charges_dropped: { label: "Charges dropped", definition: "Charges were brought and later dropped." },
  acquitted: { label: "Acquitted", definition: "The court acquitted the person." },
  convicted: { label: "Convicted", definition: "The court convicted the person." },
  pending: { label: "Pending", definition: "The proceedings are not over." },
} as const satisfies CodeTexts<typeof nonPunishmentOutcome>;
