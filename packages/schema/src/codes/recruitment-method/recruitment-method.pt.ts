import type { CodeTexts } from "../define-code-list.js";
import type { recruitmentMethod } from "./recruitment-method.codes.js";

export const recruitmentMethodPt = {
  at_place_of_business: {
    label: "Em um estabelecimento comercial",
    definition: "A pessoa foi abordada em uma loja, um bar, uma agência ou outro estabelecimento comercial.",
  },
  at_educational_institution: {
    label: "Em uma instituição de ensino",
    definition: "A pessoa foi abordada em uma escola, faculdade, universidade ou centro de formação.",
  },
  at_work: {
    label: "No trabalho",
    definition: "A pessoa foi abordada no local de trabalho, por exemplo por um colega ou supervisor.",
  },
  online_social_networks: {
    label: "Por redes sociais on-line",
    definition: "A pessoa foi contatada por redes sociais ou aplicativos de mensagens.",
  },
  online_advertisement: {
    label: "Por um anúncio on-line",
    definition: "A pessoa respondeu a um anúncio na internet de trabalho, estudo, viagem ou casamento.",
  },
  television_advertisement: {
    label: "Por um anúncio de televisão",
    definition: "A pessoa respondeu a uma oferta anunciada na televisão.",
  },
  newspaper_advertisement: {
    label: "Por um anúncio de jornal",
    definition: "A pessoa respondeu a uma oferta publicada em jornal ou revista.",
  },
  family_or_family_events: {
    label: "Pela família ou em eventos familiares",
    definition: "A pessoa foi recrutada por parentes ou por intermédio deles, ou em reuniões de família.",
  },
  friends_or_social_events: {
    label: "Por amigos ou em eventos sociais",
    definition:
      "A pessoa foi recrutada por amigos ou por intermédio deles, ou em festas e outras ocasiões sociais.",
  },
  other: { label: "Outro", definition: "Outro método de recrutamento não incluído nesta lista." },
} as const satisfies CodeTexts<typeof recruitmentMethod>;
