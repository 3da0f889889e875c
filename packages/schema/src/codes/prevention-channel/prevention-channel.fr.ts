import type { CodeTexts } from "../define-code-list.js";
import type { preventionChannel } from "./prevention-channel.codes.js";

export const preventionChannelFr = {
  radio: { label: "Radio", definition: "Émissions de radio." },
  television: { label: "Télévision", definition: "Émissions de télévision." },
  print: { label: "Imprimés", definition: "Affiches, dépliants, journaux et autres imprimés." },
  in_person: {
    label: "En présentiel",
    definition: "Conférences, ateliers, cours et événements en présence des participants.",
  },
  online: {
    label: "En ligne",
    definition: "Sites web, réseaux sociaux, applications, formation en ligne et autres moyens en ligne.",
  },
  other: { label: "Autre", definition: "Un autre canal." },
} as const satisfies CodeTexts<typeof preventionChannel>;
