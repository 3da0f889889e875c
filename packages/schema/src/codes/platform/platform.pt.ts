import type { CodeTexts } from "../define-code-list.js";
import type { platform } from "./platform.codes.js";

export const platformPt = {
  facebook: { label: "Facebook", definition: "Rede social da Meta." },
  instagram: { label: "Instagram", definition: "Rede de compartilhamento de fotos e vídeos da Meta." },
  whatsapp: { label: "WhatsApp", definition: "Aplicativo de mensagens da Meta." },
  telegram: { label: "Telegram", definition: "Aplicativo de mensagens com canais e grupos grandes." },
  facebook_messenger: {
    label: "Facebook Messenger",
    definition: "Aplicativo de mensagens vinculado ao Facebook.",
  },
  viber: { label: "Viber", definition: "Aplicativo de mensagens e chamadas." },
  snapchat: {
    label: "Snapchat",
    definition: "Aplicativo de mensagens baseado em fotos e vídeos temporários.",
  },
  line: { label: "LINE", definition: "Aplicativo de mensagens muito usado no Leste e no Sudeste Asiático." },
  four_sale: {
    label: "4Sale",
    definition: "Aplicativo de classificados usado principalmente nos países do Golfo.",
  },
  wechat: {
    label: "WeChat",
    definition: "Aplicativo de mensagens, rede social e pagamentos muito usado na China.",
  },
  qq: { label: "QQ", definition: "Serviço de mensagens instantâneas popular na China." },
  qzone: { label: "Qzone", definition: "Rede social vinculada ao QQ." },
  tiktok: { label: "TikTok", definition: "Aplicativo de compartilhamento de vídeos curtos." },
  twitter: { label: "Twitter / X", definition: "Rede de microblogs, renomeada X em 2023." },
  online_classifieds: {
    label: "Classificados on-line",
    definition:
      "Site ou aplicativo de anúncios classificados, como ofertas de emprego, moradia ou anúncios pessoais.",
  },
  dating_app: {
    label: "Aplicativo ou site de relacionamento",
    definition: "Serviço para conhecer parceiros amorosos ou sexuais.",
  },
  job_portal: {
    label: "Portal de empregos",
    definition: "Site ou aplicativo que divulga vagas de emprego ou agências de recrutamento.",
  },
  gaming_platform: {
    label: "Plataforma de jogos on-line",
    definition: "Jogo ou comunidade de jogos on-line com bate-papo, onde desconhecidos podem fazer contato.",
  },
  adult_website: {
    label: "Site adulto",
    definition: "Site de pornografia, anúncios de acompanhantes ou outro conteúdo adulto.",
  },
  dark_web: {
    label: "Dark web",
    definition: "Serviços ocultos acessíveis apenas por redes de anonimização como o Tor.",
  },
  other: { label: "Outra", definition: "Outra plataforma não incluída nesta lista." },
} as const satisfies CodeTexts<typeof platform>;
