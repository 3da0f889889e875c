import { type CodeOf, defineCodeList } from "../define-code-list.js";

/** How a helpline or hotline was contacted. HTCDS's guidance for anti-trafficking helplines names calls, web forms and mobile app channels; social media and walk-ins are added as helplines of the region receive them. */
export const helplineChannel = defineCodeList("helpline_channel", {
  phone: {},
  chat: {},
  social_media: {},
  email: {},
  walk_in: {},
  other: {},
});

/** A code of the `helpline_channel` list. */
export type HelplineChannelCode = CodeOf<typeof helplineChannel>;
