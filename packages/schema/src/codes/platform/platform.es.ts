import type { CodeTexts } from "../define-code-list.js";
import type { platform } from "./platform.codes.js";

export const platformEs = {
  facebook: { label: "Facebook", definition: "Red social de Meta." },
  instagram: { label: "Instagram", definition: "Red de Meta para compartir fotos y videos." },
  whatsapp: { label: "WhatsApp", definition: "Aplicación de mensajería de Meta." },
  telegram: { label: "Telegram", definition: "Aplicación de mensajería con canales y grupos grandes." },
  facebook_messenger: {
    label: "Facebook Messenger",
    definition: "Aplicación de mensajería vinculada a Facebook.",
  },
  viber: { label: "Viber", definition: "Aplicación de mensajería y llamadas." },
  snapchat: { label: "Snapchat", definition: "Aplicación de mensajería basada en fotos y videos efímeros." },
  line: { label: "LINE", definition: "Aplicación de mensajería muy usada en Asia oriental y sudoriental." },
  four_sale: {
    label: "4Sale",
    definition: "Aplicación de anuncios clasificados usada sobre todo en los países del Golfo.",
  },
  wechat: {
    label: "WeChat",
    definition: "Aplicación de mensajería, redes sociales y pagos muy usada en China.",
  },
  qq: { label: "QQ", definition: "Servicio de mensajería instantánea popular en China." },
  qzone: { label: "Qzone", definition: "Red social vinculada a QQ." },
  tiktok: { label: "TikTok", definition: "Aplicación para compartir videos cortos." },
  twitter: { label: "Twitter / X", definition: "Red de microblogs, rebautizada X en 2023." },
  online_classifieds: {
    label: "Anuncios clasificados en línea",
    definition:
      "Sitio o aplicación de anuncios clasificados, como ofertas de empleo, vivienda o anuncios personales.",
  },
  dating_app: {
    label: "Aplicación o sitio de citas",
    definition: "Servicio para conocer parejas sentimentales o sexuales.",
  },
  job_portal: {
    label: "Portal de empleo",
    definition: "Sitio o aplicación que publica ofertas de trabajo o agencias de contratación.",
  },
  gaming_platform: {
    label: "Plataforma de videojuegos en línea",
    definition:
      "Juego o comunidad de videojuegos en línea con chat, donde desconocidos pueden establecer contacto.",
  },
  adult_website: {
    label: "Sitio web para adultos",
    definition: "Sitio web de pornografía, anuncios de acompañantes u otro contenido para adultos.",
  },
  dark_web: {
    label: "Web oscura",
    definition: "Servicios ocultos a los que solo se accede mediante redes de anonimato como Tor.",
  },
  other: { label: "Otra", definition: "Otra plataforma no incluida en esta lista." },
} as const satisfies CodeTexts<typeof platform>;
