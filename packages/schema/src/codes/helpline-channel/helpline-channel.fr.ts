import type { CodeTexts } from "../define-code-list.js";
import type { helplineChannel } from "./helpline-channel.codes.js";

export const helplineChannelFr = {
  phone: { label: "Téléphone", definition: "Un appel vocal à la ligne d'assistance." },
  chat: {
    label: "Messagerie instantanée",
    definition: "Une conversation écrite par messagerie web ou application de messagerie.",
  },
  social_media: {
    label: "Réseaux sociaux",
    definition: "Un message par un compte de la ligne sur les réseaux sociaux.",
  },
  email: { label: "Courriel", definition: "Un courriel ou un formulaire web envoyé à la ligne." },
  walk_in: { label: "En personne", definition: "La personne s'est présentée au bureau de la ligne." },
  other: { label: "Autre", definition: "Un autre canal." },
} as const satisfies CodeTexts<typeof helplineChannel>;
