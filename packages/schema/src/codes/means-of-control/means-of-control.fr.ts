import type { CodeTexts } from "../define-code-list.js";
import type { meansOfControl } from "./means-of-control.codes.js";

export const meansOfControlFr = {
  debt_bondage: {
    label: "Servitude pour dettes",
    definition:
      "La victime doit travailler pour rembourser une dette gonflée, qui ne diminue jamais ou ne peut être remboursée.",
  },
  takes_earnings: {
    label: "Confisque les gains",
    definition: "La personne qui contrôle la victime garde tout ou l'essentiel de l'argent qu'elle gagne.",
  },
  restricts_financial_access: {
    label: "Restreint l'accès aux ressources financières",
    definition:
      "La victime est empêchée de détenir ou d'utiliser de l'argent, des comptes bancaires ou des cartes de paiement.",
  },
  threats: { label: "Menaces", definition: "La victime est menacée de violences ou d'autres préjudices." },
  threats_to_family: {
    label: "Menaces envers les enfants ou la famille",
    definition: "Des menaces de préjudice visent les enfants ou d'autres proches de la victime.",
  },
  psychological_abuse: {
    label: "Violence psychologique",
    definition: "Humiliation, intimidation, isolement ou manipulation qui brisent la volonté de la victime.",
  },
  physical_abuse: {
    label: "Violence physique",
    definition: "La victime est battue, blessée ou subit d'autres atteintes physiques.",
  },
  sexual_abuse: {
    label: "Violence sexuelle",
    definition:
      "La victime subit des violences sexuelles ou des actes sexuels non désirés comme moyen de contrôle.",
  },
  false_promises: {
    label: "Fausses promesses",
    definition:
      "La victime a été attirée ou est retenue par des promesses de travail, de salaire, de papiers ou de relation non tenues.",
  },
  psychoactive_substances: {
    label: "Substances psychoactives",
    definition:
      "De l'alcool ou des drogues sont donnés, imposés ou refusés à la victime pour créer une dépendance ou une soumission.",
  },
  restricts_movement: {
    label: "Restreint la liberté de mouvement",
    definition: "La victime est enfermée, surveillée ou empêchée de partir ou d'aller où elle le souhaite.",
  },
  restricts_medical_care: {
    label: "Restreint l'accès aux soins",
    definition: "La victime se voit refuser ou empêcher l'accès aux soins de santé lorsqu'elle en a besoin.",
  },
  excessive_working_hours: {
    label: "Horaires de travail excessifs",
    definition:
      "La victime doit travailler bien au-delà des horaires légaux ou raisonnables, sans repos suffisant.",
  },
  uses_children: {
    label: "Utilise les enfants",
    definition:
      "Les enfants de la victime servent de moyen de pression, par exemple par des menaces ou une séparation.",
  },
  threat_of_law_enforcement: {
    label: "Menace de dénonciation aux autorités",
    definition: "La victime est menacée de la police, d'une arrestation, de poursuites ou d'une expulsion.",
  },
  withholds_necessities: {
    label: "Prive des besoins essentiels",
    definition:
      "La victime est privée de nourriture, d'eau, de sommeil, de logement ou d'autres besoins essentiels.",
  },
  withholds_documents: {
    label: "Confisque les documents",
    definition:
      "Le passeport ou les documents d'identité ou de voyage de la victime lui sont pris ou retenus.",
  },
  other: { label: "Autre", definition: "Autre moyen de contrôle ne figurant pas dans cette liste." },
} as const satisfies CodeTexts<typeof meansOfControl>;
