import type { CodeTexts } from "../define-code-list.js";
import type { gbvIncidentType } from "./gbv-incident-type.codes.js";

export const gbvIncidentTypePt = {
  rape: {
    label: "Estupro",
    definition:
      "Penetração não consentida, ainda que leve, da vagina, do ânus ou da boca com o pênis ou outra parte do corpo, ou da vagina ou do ânus com um objeto.",
  },
  sexual_assault: {
    label: "Agressão sexual",
    definition:
      "Contato sexual não consentido sem penetração, como tentativa de estupro ou toques indesejados.",
  },
  physical_assault: {
    label: "Agressão física",
    definition: "Violência física não sexual, como golpes, estrangulamento, queimaduras ou uso de armas.",
  },
  forced_marriage: {
    label: "Casamento forçado",
    definition: "Casamento de uma pessoa contra a sua vontade.",
  },
  denial_of_resources: {
    label: "Negação de recursos, oportunidades ou serviços",
    definition:
      "Negação do acesso legítimo a recursos econômicos, meios de subsistência, educação, saúde ou outros serviços.",
  },
  psychological_abuse: {
    label: "Abuso psicológico ou emocional",
    definition:
      "Causar dor ou dano mental ou emocional, como ameaças, humilhação, isolamento forçado ou assédio.",
  },
} as const satisfies CodeTexts<typeof gbvIncidentType>;
