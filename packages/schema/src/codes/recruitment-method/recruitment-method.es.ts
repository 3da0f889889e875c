import type { CodeTexts } from "../define-code-list.js";
import type { recruitmentMethod } from "./recruitment-method.codes.js";

export const recruitmentMethodEs = {
  at_place_of_business: {
    label: "En un establecimiento comercial",
    definition: "La persona fue abordada en una tienda, un bar, una agencia u otro local comercial.",
  },
  at_educational_institution: {
    label: "En un centro educativo",
    definition:
      "La persona fue abordada en una escuela, un colegio, una universidad o un centro de formación.",
  },
  at_work: {
    label: "En el trabajo",
    definition: "La persona fue abordada en su lugar de trabajo, por ejemplo por un colega o supervisor.",
  },
  online_social_networks: {
    label: "A través de redes sociales en línea",
    definition: "La persona fue contactada por redes sociales o aplicaciones de mensajería.",
  },
  online_advertisement: {
    label: "Mediante un anuncio en línea",
    definition: "La persona respondió a un anuncio en internet de trabajo, estudios, viaje o matrimonio.",
  },
  television_advertisement: {
    label: "Mediante un anuncio de televisión",
    definition: "La persona respondió a una oferta anunciada en televisión.",
  },
  newspaper_advertisement: {
    label: "Mediante un anuncio en el periódico",
    definition: "La persona respondió a una oferta publicada en un periódico o una revista.",
  },
  family_or_family_events: {
    label: "A través de la familia o de eventos familiares",
    definition: "La persona fue captada por familiares o por su intermedio, o en reuniones familiares.",
  },
  friends_or_social_events: {
    label: "A través de amistades o de eventos sociales",
    definition:
      "La persona fue captada por amistades o por su intermedio, o en fiestas y otras ocasiones sociales.",
  },
  other: { label: "Otro", definition: "Otro método de captación no incluido en esta lista." },
} as const satisfies CodeTexts<typeof recruitmentMethod>;
