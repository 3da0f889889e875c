import type { CodeTexts } from "../define-code-list.js";
import type { technologyPurpose } from "./technology-purpose.codes.js";

export const technologyPurposePt = {
  recruitment: { label: "Recrutamento", definition: "Encontrar, contatar ou aliciar vítimas." },
  advertising_victims: {
    label: "Oferta de vítimas",
    definition: "Oferecer vítimas ou seus serviços a compradores ou clientes.",
  },
  communication_with_victim: {
    label: "Comunicação com a vítima",
    definition: "Manter contato com a vítima, dar-lhe instruções ou manipulá-la.",
  },
  control_and_surveillance: {
    label: "Controle e vigilância",
    definition:
      "Rastrear, monitorar ou ameaçar a vítima, por exemplo por geolocalização ou por meio de imagens.",
  },
  moving_proceeds: {
    label: "Movimentação de lucros",
    definition:
      "Receber, transferir ou lavar o dinheiro da exploração, incluindo dinheiro móvel e criptomoedas.",
  },
  livestreaming_exploitation: {
    label: "Exploração transmitida ao vivo",
    definition: "Transmitir ao vivo abusos ou exploração sexual para espectadores remotos.",
  },
  exploitation: {
    label: "Exploração (não especificada)",
    definition: "Utilizada durante a exploração, sem registro de finalidade mais específica.",
  },
  prevention_and_identification: {
    label: "Prevenção e identificação",
    definition:
      "Utilizada por autoridades ou organizações para prevenir o tráfico ou para identificar e alcançar as vítimas.",
  },
  other: { label: "Outra", definition: "Outra finalidade não incluída nesta lista." },
} as const satisfies CodeTexts<typeof technologyPurpose>;
