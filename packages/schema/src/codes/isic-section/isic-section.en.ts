import type { CodeTexts } from "../define-code-list.js";
import type { isicSection } from "./isic-section.codes.js";

export const isicSectionEn = {
  A: {
    label: "Agriculture, forestry and fishing",
    definition: "Growing crops, raising animals, logging, fishing and aquaculture.",
  },
  B: {
    label: "Mining and quarrying",
    definition: "Extracting minerals, coal, oil and gas, and quarrying stone, sand and clay.",
  },
  C: {
    label: "Manufacturing",
    definition: "Transforming materials into new products, in factories or workshops.",
  },
  D: {
    label: "Electricity, gas, steam and air conditioning supply",
    definition: "Generating and distributing electricity, gas, steam and cooled air.",
  },
  E: {
    label: "Water supply; sewerage, waste management and remediation",
    definition: "Supplying water, treating sewage, and collecting, treating or recycling waste.",
  },
  F: {
    label: "Construction",
    definition: "Building, civil engineering and specialised construction trades.",
  },
  G: {
    label: "Wholesale and retail trade; repair of motor vehicles and motorcycles",
    definition: "Buying and reselling goods, including street and market trade, and repairing vehicles.",
  },
  H: {
    label: "Transportation and storage",
    definition: "Carrying passengers or freight, warehousing, and postal and courier services.",
  },
  I: {
    label: "Accommodation and food service activities",
    definition: "Short-stay lodging and preparing meals and drinks, as in hotels, restaurants and bars.",
  },
  J: {
    label: "Information and communication",
    definition: "Publishing, broadcasting, telecommunications and information technology services.",
  },
  K: {
    label: "Financial and insurance activities",
    definition: "Banking, insurance, pension funding and related financial services.",
  },
  L: { label: "Real estate activities", definition: "Buying, selling, renting and managing real estate." },
  M: {
    label: "Professional, scientific and technical activities",
    definition: "Legal, accounting, engineering, research, advertising and other specialised services.",
  },
  N: {
    label: "Administrative and support service activities",
    definition: "Renting, employment and travel agencies, security, cleaning and other support services.",
  },
  O: {
    label: "Public administration and defence; compulsory social security",
    definition: "Government administration, defence, public order and compulsory social security.",
  },
  P: { label: "Education", definition: "Teaching at all levels and other educational services." },
  Q: {
    label: "Human health and social work activities",
    definition: "Hospitals, medical practice, residential care and social assistance.",
  },
  R: {
    label: "Arts, entertainment and recreation",
    definition: "Performing arts, museums, gambling, sports and other recreation.",
  },
  S: {
    label: "Other service activities",
    definition: "Membership organisations, repair of personal goods and other personal services.",
  },
  T: {
    label: "Activities of households as employers",
    definition: "Households employing domestic staff, or producing goods and services for their own use.",
  },
  U: {
    label: "Activities of extraterritorial organizations and bodies",
    definition: "International organisations and other bodies outside national jurisdiction.",
  },
} as const satisfies CodeTexts<typeof isicSection>;
