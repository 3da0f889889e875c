import type { CodeTexts } from "../define-code-list.js";
import type { educationLevel } from "./education-level.codes.js";

export const educationLevelEn = {
  no_formal_education: {
    label: "No formal education",
    definition: "Never attended an education programme (ISCED-A 01).",
  },
  early_childhood_education: {
    label: "Early childhood education",
    definition: "ISCED 0: programmes for young children before primary school.",
  },
  primary_education: {
    label: "Primary education",
    definition: "ISCED 1: first stage of schooling, teaching basic reading, writing and arithmetic.",
  },
  lower_secondary_education: {
    label: "Lower secondary education",
    definition: "ISCED 2: first stage of secondary school, building on primary.",
  },
  upper_secondary_education: {
    label: "Upper secondary education",
    definition: "ISCED 3: final stage of secondary school, preparing for higher study or work.",
  },
  post_secondary_non_tertiary_education: {
    label: "Post-secondary non-tertiary education",
    definition: "ISCED 4: programmes after secondary school that are not yet higher education.",
  },
  short_cycle_tertiary_education: {
    label: "Short-cycle tertiary education",
    definition: "ISCED 5: short, often work-oriented, higher-education programmes.",
  },
  bachelors_or_equivalent_level: {
    label: "Bachelor's or equivalent",
    definition: "ISCED 6: first university degree or equivalent.",
  },
  masters_or_equivalent_level: {
    label: "Master's or equivalent",
    definition: "ISCED 7: advanced university degree following a first degree.",
  },
  doctoral_or_equivalent_level: {
    label: "Doctorate or equivalent",
    definition: "ISCED 8: doctoral degree based on original research.",
  },
} as const satisfies CodeTexts<typeof educationLevel>;
