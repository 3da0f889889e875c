import type { CodeTexts } from "../define-code-list.js";
import type { migrationStatus } from "./migration-status.codes.js";

export const migrationStatusEn = {
  national: { label: "National", definition: "A citizen of the country that makes the record." },
  regular_migrant: {
    label: "Regular migrant",
    definition: "A non-national staying with valid authorisation.",
  },
  irregular_migrant: {
    label: "Irregular migrant",
    definition: "A non-national without authorisation to enter, stay or work.",
  },
  asylum_seeker: {
    label: "Asylum seeker",
    definition: "A person whose claim for international protection has not yet been decided.",
  },
  refugee: {
    label: "Refugee",
    definition: "A person recognised as a refugee or granted international protection.",
  },
  stateless: { label: "Stateless", definition: "A person whom no state considers as its national." },
  internally_displaced: {
    label: "Internally displaced",
    definition: "A person forced to flee home who has not crossed an international border.",
  },
  returnee: {
    label: "Returnee",
    definition: "A national who has come back to the country after living abroad.",
  },
  unknown: { label: "Unknown", definition: "Migration status is not known or was not recorded." },
} as const satisfies CodeTexts<typeof migrationStatus>;
