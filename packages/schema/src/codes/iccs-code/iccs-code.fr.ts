import type { CodeTexts } from "../define-code-list.js";
import type { iccsCode } from "./iccs-code.codes.js";

export const iccsCodeFr = {
  "0204": {
    label: "Traite des personnes",
    definition:
      "Recruter, déplacer, héberger ou accueillir des personnes par des moyens illicites aux fins d'exploitation.",
  },
  "02041": {
    label: "Traite des personnes aux fins d'exploitation sexuelle",
    definition: "Traite dont le but est l'exploitation sexuelle.",
  },
  "02042": {
    label: "Traite des personnes aux fins de travail ou de services forcés",
    definition: "Traite dont le but est le travail ou les services forcés.",
  },
  "02043": {
    label: "Traite des personnes aux fins de prélèvement d'organes",
    definition: "Traite dont le but est le prélèvement d'organes.",
  },
  "02044": {
    label: "Traite des personnes à d'autres fins",
    definition:
      "Traite dont le but n'est ni l'exploitation sexuelle, ni le travail ou les services forcés, ni le prélèvement d'organes.",
  },
  "0203": {
    label: "Esclavage et exploitation",
    definition:
      "Soumettre une personne à l'esclavage, à la servitude ou au travail forcé, ou l'exploiter autrement, en tant qu'infraction distincte de la traite.",
  },
  "020321": {
    label: "Travail forcé pour des services domestiques",
    definition: "Contraindre une personne à effectuer des travaux domestiques dans un foyer.",
  },
  "0302": {
    label: "Exploitation sexuelle",
    definition:
      "Utiliser une personne à des fins sexuelles pour en tirer profit, en abusant de sa vulnérabilité ou d'une position de pouvoir ou de confiance.",
  },
  "03022": {
    label: "Exploitation sexuelle des enfants",
    definition: "Exploitation sexuelle dont la victime est un enfant.",
  },
  "030221": {
    label: "Pédopornographie",
    definition: "Produire, diffuser ou détenir du matériel sexuel représentant des enfants.",
  },
  "030222": {
    label: "Prostitution des enfants",
    definition: "Utiliser un enfant dans des activités sexuelles contre paiement ou autre rétribution.",
  },
  "08051": {
    label: "Trafic illicite de migrants",
    definition:
      "Assurer l'entrée illégale d'une personne dans un pays pour en tirer un avantage financier ou matériel ; distinct de la traite.",
  },
  "020221": {
    label: "Enlèvement",
    definition:
      "Saisir et retenir illégalement une personne contre sa volonté, par exemple pour exiger une rançon.",
  },
  "020291": {
    label: "Adoption illégale",
    definition:
      "Organiser une adoption de manière illicite, par exemple par un paiement indu, la contrainte ou un consentement falsifié.",
  },
  "020292": {
    label: "Mariage forcé",
    definition:
      "Contraindre une personne à se marier sans son consentement libre et plein, ou la maintenir dans ce mariage.",
  },
  "07041": {
    label: "Blanchiment d'argent",
    definition:
      "Convertir, transférer ou dissimuler des biens que l'on sait provenir d'un crime, pour en cacher l'origine illicite.",
  },
  "09051": {
    label: "Participation à un groupe criminel organisé",
    definition:
      "Prendre part à un groupe structuré de trois personnes ou plus agissant de concert pour commettre des infractions graves en vue d'un avantage matériel.",
  },
} as const satisfies CodeTexts<typeof iccsCode>;
