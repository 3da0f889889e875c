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
    definition: "The receiving agency has refused the referral; the referral ends here.",
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
    definition: "Cancelled by the referring agency or at the person's request; the referral ends here.",
  },
  on_hold: {
    label: "On hold",
    definition:
      "The receiving agency has paused the services (for example while the person is unreachable); they may resume.",
  },
  failed: {
    label: "Failed",
    definition:
      "The referral could not be carried out (for example it never arrived, or the services could not be given); the referral ends here.",
  },
  entered_in_error: {
    label: "Entered in error",
    definition:
      "The referral was recorded by mistake (for example a duplicate or the wrong person); it may follow any status, nothing follows it and it is left out of statistics.",
  },
} as const satisfies CodeTexts<typeof referralStatus>;
