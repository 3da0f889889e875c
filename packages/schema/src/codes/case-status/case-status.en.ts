import type { CodeTexts } from "../define-code-list.js";
import type { caseStatus } from "./case-status.codes.js";

export const caseStatusEn = {
  active: { label: "Active", definition: "The agency is currently working on the case." },
  follow_up: {
    label: "Follow-up",
    definition: "Main support has ended; the agency keeps checking on the person's situation.",
  },
  closed: { label: "Closed", definition: "The agency has finished its work on the case." },
  closed_referred: {
    label: "Closed – referred",
    definition: "Closed because the case was passed on to another agency.",
  },
} as const satisfies CodeTexts<typeof caseStatus>;
