import type { CodeTexts } from "../define-code-list.js";
import type { consentPurpose } from "./consent-purpose.codes.js";

export const consentPurposeEn = {
  assistance: {
    label: "Assistance",
    definition: "Using the data to give the person assistance and protection.",
  },
  referral_national: {
    label: "National referral",
    definition: "Sharing with another agency in the same country to refer the person.",
  },
  referral_transnational: {
    label: "Transnational referral",
    definition: "Sharing with an agency in another country to refer the person.",
  },
  return: { label: "Return", definition: "Using and sharing the data to organise the person's return." },
  criminal_proceedings: {
    label: "Criminal proceedings",
    definition: "Sharing with police, prosecutors or courts for an investigation or trial.",
  },
  research_statistics: {
    label: "Research and statistics",
    definition: "Using de-identified data for statistics or research.",
  },
  data_sharing_ngo: {
    label: "Sharing with NGOs",
    definition: "Sharing with non-governmental service providers.",
  },
  media: {
    label: "Media",
    definition: "Sharing the person's story or image with journalists or in public communications.",
  },
} as const satisfies CodeTexts<typeof consentPurpose>;
