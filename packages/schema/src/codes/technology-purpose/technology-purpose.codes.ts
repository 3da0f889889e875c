import { type CodeOf, defineCodeList } from "../define-code-list.js";

/** What technology was used for in a case, by traffickers or by those fighting trafficking. */
export const technologyPurpose = defineCodeList("technology_purpose", {
  recruitment: { htcds: ["vic_RecruitmentWebsitesAndApps"] },
  advertising_victims: {},
  communication_with_victim: {},
  control_and_surveillance: {},
  moving_proceeds: {},
  livestreaming_exploitation: {},
  exploitation: { htcds: ["vic_ExploitationWebsitesAndApps"] },
  prevention_and_identification: {},
  other: {},
});

/** A code of the `technology_purpose` list. */
export type TechnologyPurposeCode = CodeOf<typeof technologyPurpose>;
