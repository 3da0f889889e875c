import type { CodeTexts } from "../define-code-list.js";
import type { legalAssistanceType } from "./legal-assistance-type.codes.js";

export const legalAssistanceTypeFr = {
  taking_evidence: {
    label: "Recueillir des témoignages ou dépositions",
    definition: "Recueillir des témoignages ou des dépositions (art. 18.3.a).",
  },
  service_of_documents: {
    label: "Signification d'actes judiciaires",
    definition: "Signifier des actes judiciaires (art. 18.3.b).",
  },
  search_seizure_freezing: {
    label: "Perquisition, saisie et gel",
    definition: "Effectuer des perquisitions et des saisies, ainsi que des gels (art. 18.3.c).",
  },
  examining_objects_and_sites: {
    label: "Examen d'objets et de lieux",
    definition: "Examiner des objets et visiter des lieux (art. 18.3.d).",
  },
  information_and_expert_evaluations: {
    label: "Informations et expertises",
    definition:
      "Fournir des informations, des pièces à conviction et des estimations d'experts (art. 18.3.e).",
  },
  documents_and_records: {
    label: "Documents et dossiers",
    definition:
      "Fournir des originaux ou des copies certifiées de documents et de dossiers, y compris bancaires, financiers, sociaux ou commerciaux (art. 18.3.f).",
  },
  tracing_proceeds: {
    label: "Localisation du produit du crime",
    definition:
      "Identifier ou localiser le produit du crime, les biens, les instruments ou d'autres choses afin de recueillir des éléments de preuve (art. 18.3.g).",
  },
  voluntary_appearance: {
    label: "Comparution volontaire de personnes",
    definition: "Faciliter la comparution volontaire de personnes dans l'État requérant (art. 18.3.h).",
  },
  other: {
    label: "Autre",
    definition: "Toute autre forme d'entraide que permet le droit de l'État requis (art. 18.3.i).",
  },
} as const satisfies CodeTexts<typeof legalAssistanceType>;
