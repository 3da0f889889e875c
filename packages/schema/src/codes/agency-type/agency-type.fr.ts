import type { CodeTexts } from "../define-code-list.js";
import type { agencyType } from "./agency-type.codes.js";

export const agencyTypeFr = {
  ngo: {
    label: "ONG",
    definition: "Organisation de la société civile, non gouvernementale et à but non lucratif.",
  },
  law_enforcement: {
    label: "Services répressifs",
    definition: "Police, garde-frontières ou autre organisme chargé de faire appliquer le droit pénal.",
  },
  health_service: {
    label: "Service de santé",
    definition: "Hôpital, clinique ou autre prestataire de soins de santé.",
  },
  central_government: {
    label: "Administration centrale",
    definition: "Ministère ou autre organisme du gouvernement national.",
  },
  local_government: {
    label: "Collectivité locale",
    definition: "Autorité régionale, provinciale ou municipale.",
  },
  immigration_service: {
    label: "Service de l'immigration",
    definition: "Autorité chargée de l'entrée, du séjour et de l'éloignement des étrangers.",
  },
  legal_service: {
    label: "Service juridique",
    definition: "Avocat, clinique juridique ou autre prestataire de conseil et de représentation juridiques.",
  },
  corporate_business: { label: "Entreprise", definition: "Société privée ou autre entreprise commerciale." },
  school_or_college: {
    label: "École ou établissement d'enseignement",
    definition: "École, collège, université ou autre établissement d'enseignement.",
  },
  prosecution: { label: "Ministère public", definition: "Parquet, chargé d'engager les poursuites pénales." },
  judiciary: {
    label: "Pouvoir judiciaire",
    definition: "Juridiction qui juge les affaires et se prononce sur la culpabilité et les peines.",
  },
  labour_inspectorate: {
    label: "Inspection du travail",
    definition: "Service public qui contrôle les lieux de travail et fait appliquer le droit du travail.",
  },
  international_organisation: {
    label: "Organisation internationale",
    definition: "Organisation intergouvernementale, comme l'OIM, l'ONUDC ou le HCR.",
  },
  shelter: {
    label: "Foyer d'hébergement",
    definition: "Lieu sûr ou structure résidentielle qui accueille des victimes.",
  },
  hotline: {
    label: "Ligne d'assistance",
    definition: "Ligne téléphonique ou en ligne qui reçoit les signalements et donne des conseils.",
  },
  national_rapporteur: {
    label: "Rapporteur national",
    definition: "Instance indépendante qui suit l'action de l'État contre la traite et en rend compte.",
  },
  tip_task_force: {
    label: "Groupe de travail contre la traite",
    definition: "Organe interinstitutionnel qui coordonne la réponse nationale à la traite.",
  },
  embassy_or_consulate: {
    label: "Ambassade ou consulat",
    definition: "Mission diplomatique ou consulaire d'un État à l'étranger.",
  },
  child_protection: {
    label: "Protection de l'enfance",
    definition: "Autorité ou service chargé de la prise en charge et de la protection des enfants.",
  },
  social_services: {
    label: "Services sociaux",
    definition: "Service public ou conventionné qui fournit un accompagnement social.",
  },
  other: { label: "Autre", definition: "Tout autre type d'organisation." },
} as const satisfies CodeTexts<typeof agencyType>;
