import type { CodeTexts } from "../define-code-list.js";
import type { perpetratorRole } from "./perpetrator-role.codes.js";

export const perpetratorRoleFr = {
  travelling_partner: {
    label: "Compagnon de voyage",
    definition: "A voyagé avec la victime, par exemple comme accompagnateur ou escorte.",
  },
  transporter: { label: "Transporteur", definition: "A conduit ou acheminé la victime d'une autre manière." },
  recruiter_or_intermediary: {
    label: "Recruteur ou intermédiaire",
    definition: "A recruté la victime ou servi d'intermédiaire.",
  },
  broker_travel_agent: {
    label: "Courtier ou agent de voyage",
    definition: "A organisé des voyages, des documents ou des emplois comme courtier ou agent.",
  },
  transferred_individual: {
    label: "A transféré la victime",
    definition: "A fait passer la victime d'un lieu ou d'un contrôleur à un autre.",
  },
  harboured_individual: { label: "A hébergé la victime", definition: "A logé ou caché la victime." },
  sold_individual: { label: "A vendu la victime", definition: "A vendu la victime à une autre personne." },
  bought_individual: { label: "A acheté la victime", definition: "A payé pour obtenir la victime." },
  received_individual: {
    label: "A reçu la victime",
    definition: "A pris en charge la victime dans un lieu de transit ou de destination.",
  },
  controlled_individual: {
    label: "A contrôlé la victime",
    definition: "A exercé un contrôle sur les déplacements, le travail ou les revenus de la victime.",
  },
  smuggler: {
    label: "Passeur",
    definition: "A aidé la victime à franchir une frontière de manière irrégulière.",
  },
  abuser: {
    label: "Agresseur",
    definition: "A maltraité la victime physiquement, sexuellement ou psychologiquement.",
  },
  kidnapper: { label: "Ravisseur", definition: "A enlevé la victime par la force ou par la ruse." },
  exploiter: { label: "Exploiteur", definition: "A tiré un profit direct de l'exploitation de la victime." },
  organiser: { label: "Organisateur", definition: "A planifié, dirigé ou mené l'opération de traite." },
  financier: { label: "Financeur", definition: "A fourni l'argent pour financer l'opération de traite." },
  money_launderer: {
    label: "Blanchisseur d'argent",
    definition: "A dissimulé ou déplacé le produit de la traite.",
  },
  other: { label: "Autre", definition: "Autre rôle, décrit dans le dossier." },
} as const satisfies CodeTexts<typeof perpetratorRole>;
