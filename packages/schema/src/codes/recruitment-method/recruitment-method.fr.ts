import type { CodeTexts } from "../define-code-list.js";
import type { recruitmentMethod } from "./recruitment-method.codes.js";

export const recruitmentMethodFr = {
  at_place_of_business: {
    label: "Dans un établissement commercial",
    definition: "La personne a été abordée dans un magasin, un bar, une agence ou un autre local commercial.",
  },
  at_educational_institution: {
    label: "Dans un établissement d'enseignement",
    definition:
      "La personne a été abordée dans une école, un collège, une université ou un centre de formation.",
  },
  at_work: {
    label: "Au travail",
    definition:
      "La personne a été abordée sur son lieu de travail, par exemple par un collègue ou un supérieur.",
  },
  online_social_networks: {
    label: "Par les réseaux sociaux en ligne",
    definition: "La personne a été contactée via les réseaux sociaux ou des applications de messagerie.",
  },
  online_advertisement: {
    label: "Par une annonce en ligne",
    definition: "La personne a répondu à une annonce en ligne d'emploi, d'études, de voyage ou de mariage.",
  },
  television_advertisement: {
    label: "Par une publicité télévisée",
    definition: "La personne a répondu à une offre annoncée à la télévision.",
  },
  newspaper_advertisement: {
    label: "Par une annonce dans la presse",
    definition: "La personne a répondu à une offre parue dans un journal ou un magazine.",
  },
  family_or_family_events: {
    label: "Par la famille ou lors d'événements familiaux",
    definition:
      "La personne a été recrutée par des proches ou par leur intermédiaire, ou lors de réunions de famille.",
  },
  friends_or_social_events: {
    label: "Par des amis ou lors d'événements sociaux",
    definition:
      "La personne a été recrutée par des amis ou par leur intermédiaire, ou lors de fêtes et d'autres occasions sociales.",
  },
  other: { label: "Autre", definition: "Autre méthode de recrutement ne figurant pas dans cette liste." },
} as const satisfies CodeTexts<typeof recruitmentMethod>;
