import type { CodeTexts } from "../define-code-list.js";
import type { platform } from "./platform.codes.js";

export const platformFr = {
  facebook: { label: "Facebook", definition: "Réseau social de Meta." },
  instagram: {
    label: "Instagram",
    definition: "Réseau de partage de photos et de vidéos appartenant à Meta.",
  },
  whatsapp: { label: "WhatsApp", definition: "Application de messagerie appartenant à Meta." },
  telegram: {
    label: "Telegram",
    definition: "Application de messagerie avec des chaînes et de grands groupes.",
  },
  facebook_messenger: {
    label: "Facebook Messenger",
    definition: "Application de messagerie liée à Facebook.",
  },
  viber: { label: "Viber", definition: "Application de messagerie et d'appels." },
  snapchat: {
    label: "Snapchat",
    definition: "Application de messagerie fondée sur des photos et vidéos éphémères.",
  },
  line: {
    label: "LINE",
    definition: "Application de messagerie très utilisée en Asie de l'Est et du Sud-Est.",
  },
  four_sale: {
    label: "4Sale",
    definition: "Application de petites annonces utilisée surtout dans les pays du Golfe.",
  },
  wechat: {
    label: "WeChat",
    definition: "Application de messagerie, de réseau social et de paiement très utilisée en Chine.",
  },
  qq: { label: "QQ", definition: "Service de messagerie instantanée populaire en Chine." },
  qzone: { label: "Qzone", definition: "Réseau social lié à QQ." },
  tiktok: { label: "TikTok", definition: "Application de partage de vidéos courtes." },
  twitter: { label: "Twitter / X", definition: "Réseau de microblogage, renommé X en 2023." },
  online_classifieds: {
    label: "Petites annonces en ligne",
    definition:
      "Site ou application de petites annonces, comme les offres d'emploi, de logement ou les annonces personnelles.",
  },
  dating_app: {
    label: "Application ou site de rencontre",
    definition: "Service pour rencontrer des partenaires amoureux ou sexuels.",
  },
  job_portal: {
    label: "Site d'offres d'emploi",
    definition: "Site ou application publiant des offres d'emploi ou des agences de recrutement.",
  },
  gaming_platform: {
    label: "Plateforme de jeux en ligne",
    definition:
      "Jeu ou communauté de jeux en ligne avec messagerie, où des inconnus peuvent entrer en contact.",
  },
  adult_website: {
    label: "Site pour adultes",
    definition: "Site de pornographie, d'annonces d'escorte ou d'autres contenus pour adultes.",
  },
  dark_web: {
    label: "Dark web",
    definition: "Services cachés accessibles uniquement par des réseaux d'anonymisation comme Tor.",
  },
  other: { label: "Autre", definition: "Autre plateforme ne figurant pas dans cette liste." },
} as const satisfies CodeTexts<typeof platform>;
