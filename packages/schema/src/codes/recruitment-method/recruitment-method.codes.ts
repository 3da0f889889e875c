import { type CodeOf, defineCodeList } from "../define-code-list.js";

/** How or where the victim was recruited (HTCDS `vic_MethodOfRecruitment`). */
export const recruitmentMethod = defineCodeList("recruitment_method", {
  at_place_of_business: { htcds: ["AtAPlaceOfBusiness"] },
  at_educational_institution: { htcds: ["AtAnEducationalInstitution"] },
  at_work: { htcds: ["AtWork"] },
  online_social_networks: { htcds: ["ThroughOnlineSocialNetworks"] },
  online_advertisement: { htcds: ["ThroughAnOnlineAdvertisement"] },
  television_advertisement: { htcds: ["ThroughATelevisionAdvert"] },
  newspaper_advertisement: { htcds: ["ThroughANewspaperAdvert"] },
  family_or_family_events: { htcds: ["ThroughFamilyOrFamilyEvents"] },
  friends_or_social_events: { htcds: ["ThroughFriendsOrSocialEvents"] },
  other: { htcds: ["Other"] },
});

/** A code of the `recruitment_method` list. */
export type RecruitmentMethodCode = CodeOf<typeof recruitmentMethod>;
