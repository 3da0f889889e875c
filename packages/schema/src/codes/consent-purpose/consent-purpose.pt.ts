import type { CodeTexts } from "../define-code-list.js";
import type { consentPurpose } from "./consent-purpose.codes.js";

export const consentPurposePt = {
  assistance: {
    label: "Assistência",
    definition: "Uso dos dados para prestar assistência e proteção à pessoa.",
  },
  referral_national: {
    label: "Encaminhamento nacional",
    definition: "Compartilhamento com outra instituição do mesmo país para encaminhar a pessoa.",
  },
  referral_transnational: {
    label: "Encaminhamento transnacional",
    definition: "Compartilhamento com uma instituição de outro país para encaminhar a pessoa.",
  },
  return: {
    label: "Retorno",
    definition: "Uso e compartilhamento dos dados para organizar o retorno da pessoa.",
  },
  criminal_proceedings: {
    label: "Processo penal",
    definition:
      "Compartilhamento com a polícia, o Ministério Público ou os tribunais para uma investigação ou julgamento.",
  },
  research_statistics: {
    label: "Pesquisa e estatística",
    definition: "Uso de dados desidentificados para fins estatísticos ou de pesquisa.",
  },
  data_sharing_ngo: {
    label: "Compartilhamento com ONGs",
    definition: "Compartilhamento com prestadores de serviços não governamentais.",
  },
  media: {
    label: "Mídia",
    definition: "Divulgação da história ou da imagem da pessoa a jornalistas ou em comunicações públicas.",
  },
} as const satisfies CodeTexts<typeof consentPurpose>;
