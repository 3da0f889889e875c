import type { CodeTexts } from "../define-code-list.js";
import type { platform } from "./platform.codes.js";

export const platformEn = {
  facebook: { label: "Facebook", definition: "Meta's social network." },
  instagram: { label: "Instagram", definition: "Photo and video sharing network owned by Meta." },
  whatsapp: { label: "WhatsApp", definition: "Messaging app owned by Meta." },
  telegram: { label: "Telegram", definition: "Messaging app with channels and large groups." },
  facebook_messenger: { label: "Facebook Messenger", definition: "Messaging app linked to Facebook." },
  viber: { label: "Viber", definition: "Messaging and calling app." },
  snapchat: { label: "Snapchat", definition: "Messaging app built around disappearing photos and videos." },
  line: { label: "LINE", definition: "Messaging app widely used in East and South-East Asia." },
  four_sale: { label: "4Sale", definition: "Classified-ads app used mainly in the Gulf states." },
  wechat: { label: "WeChat", definition: "Messaging, social and payment app widely used in China." },
  qq: { label: "QQ", definition: "Instant messaging service popular in China." },
  qzone: { label: "Qzone", definition: "Social networking site linked to QQ." },
  tiktok: { label: "TikTok", definition: "Short-video sharing app." },
  twitter: { label: "Twitter / X", definition: "Microblogging network, renamed X in 2023." },
  online_classifieds: {
    label: "Online classifieds",
    definition: "Website or app for classified advertisements, such as job, housing or personal ads.",
  },
  dating_app: { label: "Dating app or site", definition: "Service for meeting romantic or sexual partners." },
  job_portal: {
    label: "Job portal",
    definition: "Website or app listing job offers or recruitment agencies.",
  },
  gaming_platform: {
    label: "Online gaming platform",
    definition: "Online game or gaming community with chat, where strangers can make contact.",
  },
  adult_website: {
    label: "Adult website",
    definition: "Website for pornography, escort advertising or other adult content.",
  },
  dark_web: {
    label: "Dark web",
    definition: "Hidden services reachable only through anonymising networks such as Tor.",
  },
  other: { label: "Other", definition: "Another platform not listed here." },
} as const satisfies CodeTexts<typeof platform>;
