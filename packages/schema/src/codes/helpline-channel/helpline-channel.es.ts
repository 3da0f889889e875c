import type { CodeTexts } from "../define-code-list.js";
import type { helplineChannel } from "./helpline-channel.codes.js";

export const helplineChannelEs = {
  phone: { label: "Teléfono", definition: "Una llamada de voz a la línea de ayuda." },
  chat: { label: "Chat", definition: "Una conversación escrita por chat web o aplicación de mensajería." },
  social_media: {
    label: "Redes sociales",
    definition: "Un mensaje a través de una cuenta de la línea en redes sociales.",
  },
  email: {
    label: "Correo electrónico",
    definition: "Un correo electrónico o formulario web enviado a la línea.",
  },
  walk_in: { label: "Presencial", definition: "La persona acudió en persona a la oficina de la línea." },
  other: { label: "Otro", definition: "Otro canal." },
} as const satisfies CodeTexts<typeof helplineChannel>;
