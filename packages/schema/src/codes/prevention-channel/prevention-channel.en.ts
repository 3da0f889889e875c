import type { CodeTexts } from "../define-code-list.js";
import type { preventionChannel } from "./prevention-channel.codes.js";

export const preventionChannelEn = {
  radio: { label: "Radio", definition: "Radio broadcasts." },
  television: { label: "Television", definition: "Television broadcasts." },
  print: { label: "Print", definition: "Posters, leaflets, newspapers and other printed matter." },
  in_person: { label: "In person", definition: "Talks, workshops, courses and events with people present." },
  online: { label: "Online", definition: "Websites, social media, apps, e-learning and other online means." },
  other: { label: "Other", definition: "Another channel." },
} as const satisfies CodeTexts<typeof preventionChannel>;
