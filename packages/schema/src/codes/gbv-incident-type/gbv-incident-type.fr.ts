import type { CodeTexts } from "../define-code-list.js";
import type { gbvIncidentType } from "./gbv-incident-type.codes.js";

export const gbvIncidentTypeFr = {
  rape: {
    label: "Viol",
    definition:
      "Pénétration non consentie, même légère, du vagin, de l'anus ou de la bouche par un pénis ou une autre partie du corps, ou du vagin ou de l'anus par un objet.",
  },
  sexual_assault: {
    label: "Agression sexuelle",
    definition:
      "Contact sexuel non consenti sans pénétration, comme une tentative de viol ou des attouchements non désirés.",
  },
  physical_assault: {
    label: "Agression physique",
    definition: "Violence physique non sexuelle, comme coups, étranglement, brûlures ou usage d'une arme.",
  },
  forced_marriage: { label: "Mariage forcé", definition: "Mariage d'une personne contre sa volonté." },
  denial_of_resources: {
    label: "Déni de ressources, d'opportunités ou de services",
    definition:
      "Refus de l'accès légitime à l'argent, aux moyens de subsistance, à l'éducation, à la santé ou à d'autres services.",
  },
  psychological_abuse: {
    label: "Violence psychologique ou émotionnelle",
    definition:
      "Fait d'infliger une souffrance mentale ou émotionnelle, comme menaces, humiliation, isolement forcé ou harcèlement.",
  },
} as const satisfies CodeTexts<typeof gbvIncidentType>;
