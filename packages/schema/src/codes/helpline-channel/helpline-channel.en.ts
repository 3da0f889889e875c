import type { CodeTexts } from "../define-code-list.js";
import type { helplineChannel } from "./helpline-channel.codes.js";

export const helplineChannelEn = {
  phone: { label: "Phone", definition: "A voice call to the helpline." },
  chat: {
    label: "Chat",
    definition: "A written conversation through a web chat or a messaging application.",
  },
  social_media: {
    label: "Social media",
    definition: "A message through a social network account of the helpline.",
  },
  email: { label: "E-mail", definition: "An e-mail or a web form sent to the helpline." },
  walk_in: { label: "Walk-in", definition: "The person came to the helpline's office in person." },
  other: { label: "Other", definition: "Another channel." },
} as const satisfies CodeTexts<typeof helplineChannel>;
