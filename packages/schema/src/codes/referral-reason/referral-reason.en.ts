import type { CodeTexts } from "../define-code-list.js";
import type { referralReason } from "./referral-reason.codes.js";

export const referralReasonEn = {
  additional_services_required: {
    label: "Additional services required",
    definition: "The person needs services that the referring agency cannot provide.",
  },
  migration_or_change_of_location: {
    label: "Migration or change of location",
    definition: "The person has moved, or is moving, to an area served by another agency.",
  },
  safe_return: {
    label: "Safe return",
    definition: "To arrange the person's voluntary and safe return to their country or place of origin.",
  },
  continued_assistance: {
    label: "Continued assistance",
    definition: "To keep support that has already started going without a break under the receiving agency.",
  },
  criminal_proceedings: {
    label: "Criminal proceedings",
    definition:
      "To enable the person to take part in, and be protected during, a criminal investigation or trial.",
  },
  civil_proceedings: {
    label: "Civil proceedings",
    definition: "To pursue compensation or other claims before civil or labour courts.",
  },
  family_reunification: {
    label: "Family reunification",
    definition: "To reunite the person with family members once it is confirmed to be safe.",
  },
  resettlement: {
    label: "Resettlement",
    definition: "To relocate the person to a third country or a new place where they can live safely.",
  },
  other: { label: "Other", definition: "Another reason, described in the referral." },
} as const satisfies CodeTexts<typeof referralReason>;
