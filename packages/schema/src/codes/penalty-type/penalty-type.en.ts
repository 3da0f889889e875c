import type { CodeTexts } from "../define-code-list.js";
import type { penaltyType } from "./penalty-type.codes.js";

export const penaltyTypeEn = {
  imprisonment: { label: "Imprisonment", definition: "A custodial sentence served in prison." },
  suspended_sentence: {
    label: "Suspended sentence",
    definition: "A prison term that is not served unless the person breaches set conditions.",
  },
  fine: { label: "Fine", definition: "A sum of money to be paid to the state." },
  community_service: {
    label: "Community service",
    definition: "Unpaid work for the benefit of the community.",
  },
  asset_confiscation: {
    label: "Asset confiscation",
    definition: "Permanent loss of property or proceeds linked to the offence.",
  },
  deportation: { label: "Deportation", definition: "Removal of a non-national offender from the country." },
  other: { label: "Other", definition: "Another kind of sanction." },
} as const satisfies CodeTexts<typeof penaltyType>;
