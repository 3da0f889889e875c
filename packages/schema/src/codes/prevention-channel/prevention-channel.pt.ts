import type { CodeTexts } from "../define-code-list.js";
import type { preventionChannel } from "./prevention-channel.codes.js";

export const preventionChannelPt = {
  radio: { label: "Rádio", definition: "Transmissões de rádio." },
  television: { label: "Televisão", definition: "Transmissões de televisão." },
  print: { label: "Impressos", definition: "Cartazes, folhetos, jornais e outros impressos." },
  in_person: {
    label: "Presencial",
    definition: "Palestras, oficinas, cursos e eventos com presença física.",
  },
  online: {
    label: "On-line",
    definition: "Sites, redes sociais, aplicativos, ensino a distância e outros meios on-line.",
  },
  other: { label: "Outro", definition: "Outro canal." },
} as const satisfies CodeTexts<typeof preventionChannel>;
