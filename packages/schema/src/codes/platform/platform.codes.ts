import { type CodeOf, defineCodeList } from "../define-code-list.js";

/** Websites, apps and kinds of platform used to recruit or exploit victims (HTCDS `vic_RecruitmentWebsitesAndApps` and `vic_ExploitationWebsitesAndApps`, plus generic kinds). */
export const platform = defineCodeList("platform", {
  facebook: { htcds: ["Facebook"] },
  instagram: { htcds: ["Instagram"] },
  whatsapp: { htcds: ["WhatsApp"] },
  telegram: { htcds: ["Telegram"] },
  facebook_messenger: { htcds: ["FacebookMessenger"] },
  viber: { htcds: ["Viber"] },
  snapchat: { htcds: ["SnapChat"] },
  line: { htcds: ["Line"] },
  four_sale: { htcds: ["4Sale"] },
  wechat: { htcds: ["WeChat"] },
  qq: { htcds: ["QQ"] },
  qzone: { htcds: ["QZone"] },
  tiktok: { htcds: ["TikTok"] },
  twitter: { htcds: ["Twitter"] },
  online_classifieds: {},
  dating_app: {},
  job_portal: {},
  gaming_platform: {},
  adult_website: {},
  dark_web: {},
  other: { htcds: ["Other"] },
});

/** A code of the `platform` list. */
export type PlatformCode = CodeOf<typeof platform>;
