import type { CodeTexts } from "../define-code-list.js";
import type { labourSector } from "./labour-sector.codes.js";

export const labourSectorFr = {
  agriculture: {
    label: "Agriculture",
    definition: "Travaux agricoles, d'élevage, en plantation et autres travaux ruraux similaires.",
  },
  aquafarming: {
    label: "Aquaculture",
    definition:
      "Élevage de poissons, de fruits de mer ou de plantes aquatiques, et travaux connexes sur l'eau ou à proximité.",
  },
  begging: {
    label: "Mendicité",
    definition: "Mendicité dans les lieux publics, que CTDC classe comme type de travail.",
  },
  construction: {
    label: "Construction",
    definition: "Construction, démolition, travaux routiers et travaux de chantier connexes.",
  },
  domestic_work: {
    label: "Travail domestique",
    definition: "Ménage, cuisine, soins aux personnes et autres tâches dans un foyer privé.",
  },
  hospitality: {
    label: "Hôtellerie-restauration",
    definition: "Travail dans les hôtels, restaurants, bars et services similaires.",
  },
  illicit_activities: {
    label: "Activités illicites",
    definition:
      "Travail dans des activités elles-mêmes illégales, comme la production de drogues ou la contrebande.",
  },
  manufacturing: {
    label: "Industrie manufacturière",
    definition: "Production de biens en usine, en atelier ou à domicile.",
  },
  mining_or_drilling: {
    label: "Mines ou forage",
    definition: "Travail dans les mines, les carrières ou le forage pétrolier et gazier.",
  },
  peddling: {
    label: "Colportage",
    definition: "Vente de marchandises dans la rue, en porte-à-porte ou dans les transports publics.",
  },
  transportation: {
    label: "Transport",
    definition: "Conduite, navigation, chargement et autres travaux de transport.",
  },
  other: { label: "Autre", definition: "Autre secteur ne figurant pas dans cette liste." },
} as const satisfies CodeTexts<typeof labourSector>;
