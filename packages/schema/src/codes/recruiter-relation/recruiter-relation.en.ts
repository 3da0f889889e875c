import type { CodeTexts } from "../define-code-list.js";
import type { recruiterRelation } from "./recruiter-relation.codes.js";

export const recruiterRelationEn = {
  intimate_partner: {
    label: "Intimate partner",
    definition: "A current or former spouse, boyfriend, girlfriend or other intimate partner.",
  },
  friend: { label: "Friend", definition: "Someone the victim regarded as a friend." },
  family: { label: "Family member", definition: "A relative of the victim by blood, marriage or adoption." },
  acquaintance: {
    label: "Acquaintance",
    definition: "Someone the victim knew before, but not as a relative, partner or friend.",
  },
  stranger: { label: "Stranger", definition: "Someone the victim did not know before the recruitment." },
  other: { label: "Other", definition: "Another relationship not listed here." },
  unknown: { label: "Unknown", definition: "The relationship is not known or was not recorded." },
} as const satisfies CodeTexts<typeof recruiterRelation>;
