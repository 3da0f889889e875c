import type { CodeTexts } from "../define-code-list.js";
import type { isicSection } from "./isic-section.codes.js";

export const isicSectionFr = {
  A: {
    label: "Agriculture, sylviculture et pêche",
    definition: "Cultures, élevage, exploitation forestière, pêche et aquaculture.",
  },
  B: {
    label: "Activités extractives",
    definition:
      "Extraction de minerais, de charbon, de pétrole et de gaz, et exploitation de carrières de pierre, de sable et d'argile.",
  },
  C: {
    label: "Activités de fabrication",
    definition: "Transformation de matières en produits nouveaux, en usine ou en atelier.",
  },
  D: {
    label: "Production et distribution d'électricité, de gaz, de vapeur et climatisation",
    definition: "Production et distribution d'électricité, de gaz, de vapeur et d'air climatisé.",
  },
  E: {
    label: "Distribution d'eau ; assainissement, gestion des déchets et dépollution",
    definition:
      "Distribution d'eau, traitement des eaux usées et collecte, traitement ou recyclage des déchets.",
  },
  F: {
    label: "Construction",
    definition: "Construction de bâtiments, génie civil et travaux de construction spécialisés.",
  },
  G: {
    label: "Commerce de gros et de détail ; réparation de véhicules automobiles et de motocycles",
    definition:
      "Achat et revente de marchandises, y compris le commerce de rue et sur les marchés, et réparation de véhicules.",
  },
  H: {
    label: "Transport et entreposage",
    definition:
      "Transport de voyageurs ou de marchandises, entreposage et services postaux et de messagerie.",
  },
  I: {
    label: "Hébergement et restauration",
    definition:
      "Hébergement de courte durée et préparation de repas et de boissons, comme dans les hôtels, restaurants et bars.",
  },
  J: {
    label: "Information et communication",
    definition: "Édition, radiodiffusion, télécommunications et services informatiques.",
  },
  K: {
    label: "Activités financières et d'assurance",
    definition: "Banque, assurance, caisses de retraite et services financiers connexes.",
  },
  L: {
    label: "Activités immobilières",
    definition: "Achat, vente, location et gestion de biens immobiliers.",
  },
  M: {
    label: "Activités spécialisées, scientifiques et techniques",
    definition:
      "Services juridiques, comptables, d'ingénierie, de recherche, de publicité et autres services spécialisés.",
  },
  N: {
    label: "Activités de services administratifs et de soutien",
    definition:
      "Location, agences d'emploi et de voyages, sécurité, nettoyage et autres services de soutien.",
  },
  O: {
    label: "Administration publique et défense ; sécurité sociale obligatoire",
    definition: "Administration de l'État, défense, ordre public et sécurité sociale obligatoire.",
  },
  P: { label: "Enseignement", definition: "Enseignement de tous niveaux et autres services éducatifs." },
  Q: {
    label: "Santé humaine et action sociale",
    definition: "Hôpitaux, pratique médicale, hébergement médico-social et action sociale.",
  },
  R: {
    label: "Arts, spectacles et activités récréatives",
    definition: "Arts du spectacle, musées, jeux de hasard, sports et autres loisirs.",
  },
  S: {
    label: "Autres activités de services",
    definition: "Organisations associatives, réparation de biens personnels et autres services personnels.",
  },
  T: {
    label: "Activités des ménages en tant qu'employeurs",
    definition:
      "Ménages employant du personnel domestique ou produisant des biens et services pour leur propre usage.",
  },
  U: {
    label: "Activités des organisations et organismes extraterritoriaux",
    definition: "Organisations internationales et autres organismes hors juridiction nationale.",
  },
} as const satisfies CodeTexts<typeof isicSection>;
