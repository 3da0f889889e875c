import type { CodeTexts } from "../define-code-list.js";
import type { referralStatus } from "./referral-status.codes.js";

export const referralStatusEn = {
  draft: { label: "Draft", definition: "Being prepared by the referring agency and not yet sent." },
  sent: { label: "Sent", definition: "Sent by the referring agency; receipt not yet confirmed." },
  received: {
    label: "Received",
    definition: "The receiving agency has confirmed receipt but not yet decided.",
  },
  accepted: { label: "Accepted", definition: "The receiving agency has agreed to take on the referral." },
  declined: {
    label: "Declined",
    definition: "The receiving agency has refused the referral; no further changes.",
  },
  in_progress: {
    label: "In progress",
    definition: "The receiving agency is delivering the requested services.",
  },
  completed: {
    label: "Completed",
    definition: "The purpose of the referral has been fulfilled and it is closed.",
  },
  withdrawn: {
    label: "Withdrawn",
    definition: "Cancelled by the referring agency or at the person's request; no further changes.",
  },
} as const satisfies CodeTexts<typeof referralStatus>;
