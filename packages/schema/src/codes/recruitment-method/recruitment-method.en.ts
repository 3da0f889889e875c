import type { CodeTexts } from "../define-code-list.js";
import type { recruitmentMethod } from "./recruitment-method.codes.js";

export const recruitmentMethodEn = {
  at_place_of_business: {
    label: "At a place of business",
    definition: "The person was approached at a shop, bar, agency or other business premises.",
  },
  at_educational_institution: {
    label: "At an educational institution",
    definition: "The person was approached at a school, college, university or training centre.",
  },
  at_work: {
    label: "At work",
    definition: "The person was approached at their workplace, for example by a colleague or supervisor.",
  },
  online_social_networks: {
    label: "Through online social networks",
    definition: "The person was contacted through social media or messaging apps.",
  },
  online_advertisement: {
    label: "Through an online advertisement",
    definition: "The person answered an online advertisement for work, study, travel or marriage.",
  },
  television_advertisement: {
    label: "Through a television advert",
    definition: "The person answered an offer advertised on television.",
  },
  newspaper_advertisement: {
    label: "Through a newspaper advert",
    definition: "The person answered an offer printed in a newspaper or magazine.",
  },
  family_or_family_events: {
    label: "Through family or family events",
    definition: "The person was recruited by or through relatives, or at family gatherings.",
  },
  friends_or_social_events: {
    label: "Through friends or social events",
    definition: "The person was recruited by or through friends, or at parties and other social occasions.",
  },
  other: { label: "Other", definition: "Another recruitment method not listed here." },
} as const satisfies CodeTexts<typeof recruitmentMethod>;
