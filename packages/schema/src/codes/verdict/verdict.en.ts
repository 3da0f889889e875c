import type { CodeTexts } from "../define-code-list.js";
import type { verdict } from "./verdict.codes.js";

export const verdictEn = {
  convicted: { label: "Convicted", definition: "Found guilty of the offence." },
  acquitted: { label: "Acquitted", definition: "Found not guilty of the offence." },
  dismissed: {
    label: "Dismissed",
    definition: "Charges dropped or case dismissed without a finding on guilt.",
  },
  pending: { label: "Pending", definition: "No final decision has been reached yet." },
  plea_agreement: {
    label: "Plea agreement",
    definition:
      "Settled by an agreement in which the defendant admits guilt in exchange for a lesser charge or sentence.",
  },
} as const satisfies CodeTexts<typeof verdict>;
