import type { CodeTexts } from "../define-code-list.js";
import type { penaltyType } from "./penalty-type.codes.js";

export const penaltyTypePt = {
  imprisonment: {
    label: "Prisão",
    definition: "Pena privativa de liberdade cumprida em estabelecimento prisional.",
  },
  suspended_sentence: {
    label: "Pena suspensa",
    definition: "Pena de prisão que não é cumprida, salvo se a pessoa descumprir as condições fixadas.",
  },
  fine: { label: "Multa", definition: "Quantia em dinheiro a ser paga ao Estado." },
  community_service: {
    label: "Prestação de serviços à comunidade",
    definition: "Trabalho não remunerado em benefício da comunidade.",
  },
  asset_confiscation: {
    label: "Confisco de bens",
    definition: "Perda definitiva de bens ou lucros ligados ao crime.",
  },
  deportation: { label: "Expulsão", definition: "Retirada compulsória do país de um condenado estrangeiro." },
  other: { label: "Outra", definition: "Outro tipo de sanção." },
} as const satisfies CodeTexts<typeof penaltyType>;
