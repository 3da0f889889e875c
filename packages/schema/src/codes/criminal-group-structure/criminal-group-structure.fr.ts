import type { CodeTexts } from "../define-code-list.js";
import type { criminalGroupStructure } from "./criminal-group-structure.codes.js";

export const criminalGroupStructureFr = {
  standard_hierarchy: {
    label: "Hiérarchie standard",
    definition:
      "Un seul groupe avec un chef unique, une chaîne d'autorité claire et une forte discipline interne.",
  },
  regional_hierarchy: {
    label: "Hiérarchie régionale",
    definition:
      "Une hiérarchie avec un commandement central et des unités régionales qui gardent une certaine autonomie.",
  },
  clustered_hierarchy: {
    label: "Hiérarchie groupée",
    definition: "Plusieurs groupes criminels sous un organe de coordination commun.",
  },
  core_group: {
    label: "Noyau dur",
    definition:
      "Un petit noyau de personnes étroitement organisé, avec peu de niveaux et un cercle plus lâche d'associés.",
  },
  criminal_network: {
    label: "Réseau criminel",
    definition:
      "Un réseau lâche et changeant de personnes liées par les projets criminels auxquels elles participent.",
  },
} as const satisfies CodeTexts<typeof criminalGroupStructure>;
