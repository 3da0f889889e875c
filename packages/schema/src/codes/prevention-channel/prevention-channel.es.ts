import type { CodeTexts } from "../define-code-list.js";
import type { preventionChannel } from "./prevention-channel.codes.js";

export const preventionChannelEs = {
  radio: { label: "Radio", definition: "Emisiones de radio." },
  television: { label: "Televisión", definition: "Emisiones de televisión." },
  print: { label: "Impresos", definition: "Carteles, folletos, periódicos y otros impresos." },
  in_person: {
    label: "Presencial",
    definition: "Charlas, talleres, cursos y eventos con asistencia presencial.",
  },
  online: {
    label: "En línea",
    definition: "Sitios web, redes sociales, aplicaciones, cursos virtuales y otros medios en línea.",
  },
  other: { label: "Otro", definition: "Otro canal." },
} as const satisfies CodeTexts<typeof preventionChannel>;
