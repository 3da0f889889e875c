import type { CodeTexts } from "../define-code-list.js";
import type { labourSector } from "./labour-sector.codes.js";

export const labourSectorEn = {
  agriculture: { label: "Agriculture", definition: "Farming, herding, plantation and similar rural work." },
  aquafarming: {
    label: "Aquafarming",
    definition: "Raising fish, shellfish or aquatic plants, and related work on or near water.",
  },
  begging: {
    label: "Begging",
    definition: "Begging in public places, which CTDC counts as a type of labour.",
  },
  construction: {
    label: "Construction",
    definition: "Building, demolition, road works and related site labour.",
  },
  domestic_work: {
    label: "Domestic work",
    definition: "Cleaning, cooking, caregiving and other work in a private household.",
  },
  hospitality: {
    label: "Hospitality",
    definition: "Work in hotels, restaurants, bars and similar services.",
  },
  illicit_activities: {
    label: "Illicit activities",
    definition: "Work in activities that are themselves illegal, such as drug production or smuggling.",
  },
  manufacturing: {
    label: "Manufacturing",
    definition: "Producing goods in factories, workshops or at home.",
  },
  mining_or_drilling: {
    label: "Mining or drilling",
    definition: "Work in mines, quarries or oil and gas drilling.",
  },
  peddling: {
    label: "Peddling",
    definition: "Selling goods on the street, door to door or on public transport.",
  },
  transportation: {
    label: "Transportation",
    definition: "Driving, shipping, loading and other transport work.",
  },
  other: { label: "Other", definition: "Another sector not listed here." },
} as const satisfies CodeTexts<typeof labourSector>;
