import type { CodeTexts } from "../define-code-list.js";
import type { helplineChannel } from "./helpline-channel.codes.js";

export const helplineChannelPt = {
  phone: { label: "Telefone", definition: "Uma chamada de voz para a linha de ajuda." },
  chat: { label: "Chat", definition: "Uma conversa escrita por chat na web ou aplicativo de mensagens." },
  social_media: {
    label: "Redes sociais",
    definition: "Uma mensagem por uma conta da linha nas redes sociais.",
  },
  email: { label: "E-mail", definition: "Um e-mail ou formulário web enviado à linha." },
  walk_in: { label: "Presencial", definition: "A pessoa compareceu pessoalmente ao escritório da linha." },
  other: { label: "Outro", definition: "Outro canal." },
} as const satisfies CodeTexts<typeof helplineChannel>;
