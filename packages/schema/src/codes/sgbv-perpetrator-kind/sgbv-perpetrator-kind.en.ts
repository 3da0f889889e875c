import type { CodeTexts } from "../define-code-list.js";
import type { sgbvPerpetratorKind } from "./sgbv-perpetrator-kind.codes.js";

export const sgbvPerpetratorKindEn = {
  smuggler: { label: "Smuggler", definition: "A person who helped the migrant cross borders for money." },
  trafficker: { label: "Trafficker", definition: "A person who trafficked or exploited the victim." },
  official: {
    label: "Official",
    definition: "A state agent, such as a border guard, police officer or soldier.",
  },
  armed_group: {
    label: "Armed or criminal group",
    definition: "A member of an armed group or gang controlling the route.",
  },
  other_migrant: { label: "Other migrant", definition: "A person travelling on the same route." },
  intimate_partner: { label: "Intimate partner", definition: "A current or former partner." },
  family_member: { label: "Family member", definition: "A relative." },
  other: { label: "Other", definition: "Another person known to the victim." },
  unknown: { label: "Unknown", definition: "Who did it is not known." },
} as const satisfies CodeTexts<typeof sgbvPerpetratorKind>;
