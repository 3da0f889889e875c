import type { CodeTexts } from "../define-code-list.js";
import type { reintegrationOutcome } from "./reintegration-outcome.codes.js";

export const reintegrationOutcomeEn = {
  reintegrated: { label: "Reintegrated", definition: "The person is settled, safe and self-reliant." },
  in_progress: { label: "In progress", definition: "Reintegration support is going on." },
  re_trafficked: { label: "Re-trafficked", definition: "The person was trafficked again." },
  lost_contact: { label: "Contact lost", definition: "The service lost contact with the person." },
  declined: { label: "Support declined", definition: "The person declined further support." },
  other: { label: "Other", definition: "Another outcome." },
} as const satisfies CodeTexts<typeof reintegrationOutcome>;
