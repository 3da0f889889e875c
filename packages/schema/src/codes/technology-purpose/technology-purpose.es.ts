import type { CodeTexts } from "../define-code-list.js";
import type { technologyPurpose } from "./technology-purpose.codes.js";

export const technologyPurposeEs = {
  recruitment: { label: "Captación", definition: "Buscar, contactar o atraer a las víctimas." },
  advertising_victims: {
    label: "Oferta de víctimas",
    definition: "Ofrecer a compradores o clientes a las víctimas o sus servicios.",
  },
  communication_with_victim: {
    label: "Comunicación con la víctima",
    definition: "Mantener contacto con la víctima, darle instrucciones o manipularla.",
  },
  control_and_surveillance: {
    label: "Control y vigilancia",
    definition: "Rastrear, vigilar o amenazar a la víctima, por ejemplo mediante geolocalización o imágenes.",
  },
  moving_proceeds: {
    label: "Movimiento de ganancias",
    definition:
      "Recibir, transferir o lavar el dinero de la explotación, incluidos el dinero móvil y las criptomonedas.",
  },
  livestreaming_exploitation: {
    label: "Explotación transmitida en vivo",
    definition: "Transmitir en directo abusos o explotación sexual a espectadores remotos.",
  },
  exploitation: {
    label: "Explotación (sin especificar)",
    definition: "Utilizada durante la explotación, sin que conste un propósito más específico.",
  },
  prevention_and_identification: {
    label: "Prevención e identificación",
    definition:
      "Utilizada por autoridades u organizaciones para prevenir la trata o para identificar a las víctimas y llegar a ellas.",
  },
  other: { label: "Otro", definition: "Otro propósito no incluido en esta lista." },
} as const satisfies CodeTexts<typeof technologyPurpose>;
