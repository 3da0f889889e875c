import { defineCodeList } from "../define-code-list.js";

/** Highest level of education attained, by ISCED 2011 level (HTCDS prs_HighestLevelOfEducation). */
export const educationLevel = defineCodeList("education_level", {
  no_formal_education: {},
  early_childhood_education: { htcds: ["EarlyChildhoodEducation"] },
  primary_education: { htcds: ["PrimaryEducation"] },
  lower_secondary_education: { htcds: ["LowerSecondaryEducation"] },
  upper_secondary_education: { htcds: ["UpperSecondaryEducation"] },
  post_secondary_non_tertiary_education: { htcds: ["PostSecondaryNonTertiaryEducation"] },
  short_cycle_tertiary_education: { htcds: ["ShortCycleTertiaryEducation"] },
  bachelors_or_equivalent_level: { htcds: ["BachelorsOrEquivalentLevel"] },
  masters_or_equivalent_level: { htcds: ["MastersOrEquivalentLevel"] },
  doctoral_or_equivalent_level: { htcds: ["DoctoralOrEquivalentLevel"] },
});
